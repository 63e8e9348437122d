"""The Qt layer: panels that emit signals, and a controller that owns the async work."""
