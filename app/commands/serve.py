"""`hearth serve`: a GGUF served at http://127.0.0.1:PORT/v1 with the OpenAI API, until Ctrl-C."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from app.commands.common import API_KEY_ENV, add_model_arguments, load_engine
from app.core.errors import HearthError
from app.core.i18n import tr
from app.core.settings import Settings


def register(subparsers: Any) -> None:
    from app.core.server import DEFAULT_PORT, DEFAULT_QUEUE

    p = subparsers.add_parser("serve", help=tr("serve a model to other programs with the "
                                               "OpenAI API (loopback only by default)"))
    add_model_arguments(p, model_required=True)
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=tr("port to listen on"))
    p.add_argument("--host", default="127.0.0.1",
                   help=tr("address to listen on; anything but loopback needs --api-key"))
    p.add_argument("--api-key", default="", metavar="KEY",
                   help=tr("key clients must send (default: ${env}, else none)").format(
                       env=API_KEY_ENV))
    p.add_argument("--queue", type=int, default=DEFAULT_QUEUE,
                   help=tr("requests that may wait for the model before 503"))
    p.set_defaults(func=run, json=False)


def run(args: argparse.Namespace) -> int:
    from app.core.server import HearthServer, ServerConfig, ServerThread, ThreadLane, check_bind

    # Settings give the safety filter and the default sampling of requests that name none.
    settings = Settings.load()
    key = args.api_key or os.environ.get(API_KEY_ENV, "").strip()
    config = ServerConfig(host=args.host, port=args.port, api_key=key, max_queue=args.queue)
    try:
        check_bind(config)  # before minutes of loading
    except HearthError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    # The engine lives on the lane's thread: loaded, used and closed there.
    lane = ThreadLane(lambda: load_engine(args))
    try:
        try:
            engine = lane.wait_ready()
            thread = ServerThread(HearthServer(lane, settings, config, engine.info))
        except HearthError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        print(tr("Serving {name} at {url} (Ctrl-C stops)").format(name=engine.info.name,
                                                                  url=thread.url),
              file=sys.stderr, flush=True)
        try:
            thread.run()
        except KeyboardInterrupt:
            pass  # uvicorn has shut down cleanly, then passes Ctrl-C on
        return 0
    finally:
        lane.close()
