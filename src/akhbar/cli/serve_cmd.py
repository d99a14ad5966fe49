"""``akhbar serve``: the Arabic web UI and JSON API over a store (uvicorn)."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from akhbar.cli import app
from akhbar.errors import AkhbarError


@app.command()
def serve(
    db: Path = typer.Option(Path("akhbar.db"), "--db", help="The SQLite store file."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    ingest_token: str | None = typer.Option(
        None,
        "--ingest-token",
        envvar="AKHBAR_INGEST_TOKEN",
        help="Accept POST /api/ingest with 'Authorization: Bearer TOKEN'; without it the "
        "server is read-only.",
    ),
    workers: int = typer.Option(
        1, "--workers", min=1, max=64, help="Worker processes (one store reader set each)."
    ),
) -> None:
    """Serve the store: pages at http://HOST:PORT/, the API under /api/, docs at /openapi.json."""
    import uvicorn

    from akhbar.web import create_app

    try:
        application = create_app(db, ingest_token=ingest_token)  # checks the store opens
    except AkhbarError as exc:
        typer.echo(f"akhbar serve: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(
        f"akhbar serve: {db} on http://{host}:{port}/ "
        f"({'ingest enabled' if ingest_token else 'read-only'}; Ctrl+C to stop)",
        err=True,
    )
    if workers == 1:
        uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False)
        return
    # worker processes build their own app from the environment (see create_app_from_env)
    os.environ["AKHBAR_DB"] = str(db.resolve())
    if ingest_token:
        os.environ["AKHBAR_INGEST_TOKEN"] = ingest_token
    uvicorn.run(
        "akhbar.web:create_app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
    )
