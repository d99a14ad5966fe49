"""akhbar's web app: Arabic pages and a JSON API over a store (FastAPI + Jinja2).

>>> from akhbar.web import create_app  # doctest: +SKIP
>>> app = create_app("demo.db", ingest_token=None)  # doctest: +SKIP

Serve it with ``akhbar serve --db demo.db``.
"""

from akhbar.web.app import CSP, create_app, create_app_from_env

__all__ = ["CSP", "create_app", "create_app_from_env"]
