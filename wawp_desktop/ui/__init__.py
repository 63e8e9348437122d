"""The Qt layer: the main window, its form, and one module per feature (see DESIGN.md)."""
