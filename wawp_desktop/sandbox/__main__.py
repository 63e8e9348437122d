"""``python -m wawp_desktop.sandbox``: run the fake Wawp API in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import time
from pathlib import Path
from types import FrameType

from ..core.address import is_loopback
from .fleet_demo import fleet_csv, seed_fleet
from .server import SandboxServer
from .state import ALL_DEMO_ACCOUNTS

DEFAULT_PORT = 8765


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 0-65535: {port}")
    return port


def _latency(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of milliseconds: {text!r}") from None
    if not 0 <= value <= 60_000:
        raise argparse.ArgumentTypeError(f"latency must be 0-60000 ms: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m wawp_desktop.sandbox",
        description="Run Wawp Desktop's sandbox: a fake Wawp API on this computer, to try the "
        "app without a Wawp account. It keeps everything in memory.",
    )
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=DEFAULT_PORT,
                        help=f"port to listen on; 0 picks a free one (default: {DEFAULT_PORT})")
    parser.add_argument("--latency-ms", type=_latency, default=0, metavar="MS",
                        help="wait this many milliseconds before answering each request, "
                        "like a distant server (default: 0)")
    parser.add_argument("--fleet-demo", metavar="CSV", type=Path,
                        help="also create the 30 instances of the Fleet demo and write their "
                        "list to this CSV file, for the app's Import instances")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="log every request (access tokens are masked)")
    return parser


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl+C (or SIGTERM); 0 on a clean stop, 1 when the port is unusable."""
    args = build_parser().parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")
    server = SandboxServer(args.host, args.port, latency_ms=args.latency_ms)
    fleet = []
    if args.fleet_demo is not None:
        fleet = seed_fleet(server.state)
        try:
            args.fleet_demo.write_text(fleet_csv(fleet), encoding="utf-8")
        except OSError as exc:
            print(f"Cannot write {args.fleet_demo}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    try:
        server.start()
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with it ignored
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        print(f"Wawp sandbox listening on {server.url}", flush=True)
        print("Enter this address as the API address in Wawp Desktop. Demo instances:")
        for account in ALL_DEMO_ACCOUNTS:
            print(f"  {account.label:<26} instance ID {account.instance_id}  "
                  f"access token {account.access_token}")
        if fleet:
            print(f"  and the Fleet demo's {len(fleet)} instances, listed in {args.fleet_demo}")
        if args.latency_ms:
            print(f"Each answer waits {args.latency_ms:g} ms.")
        if not is_loopback(args.host):
            print("Note: the app only accepts plain http:// for this computer (localhost).")
        print("Press Ctrl+C to stop.", flush=True)
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
