"""``planflow serve``: run the web page, or print the access links (``--links``)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

import click

import planflow

__all__ = ["serve"]

_DB_HELP = ("The tracking store: a SQLAlchemy URL or a SQLite file (default: $PLANFLOW_DB, "
            "else planflow.db in the user data folder).")


def _wording(plans: list[planflow.Plan]) -> planflow.Wording:
    """The words serve prints in: $PLANFLOW_LANG's, else the first plan's, else English."""
    wanted = os.environ.get("PLANFLOW_LANG")
    for w in planflow.default_registry().wordings():
        if wanted and w.language == wanted:
            return w
    return planflow.wording_for(plans[0]) if plans and not wanted else planflow.EnglishWording()


@click.command()
@click.option("--db", help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on (0.0.0.0: every interface of the office network).")
@click.option("--port", default=8080, show_default=True, type=int, help="The port to listen on.")
@click.option("--read-only", is_flag=True, help="Show the pages; refuse every write.")
@click.option("--links", is_flag=True,
              help="Print the office's link and each unit's access link, then exit.")
@click.option("--base-url", default=None,
              help="The page's address as units reach it, for --links (default: "
                   "$PLANFLOW_WEB_BASE_URL, else http://HOST:PORT).")
@click.option("--days", default=90, show_default=True, type=int,
              help="How long the links --links prints stay valid, in days.")
@click.option("--at", "at", default=None,
              help="Show the plans as of this day (dd/mm/yyyy or YYYY-MM-DD; default: today).")
def serve(db: str | None, host: str, port: int, read_only: bool, links: bool,
          base_url: str | None, days: int, at: str | None) -> None:
    """Serve the office's web page (Vietnamese): the board, each plan, each unit's items."""
    from .access import make_token, secret
    from .views import Office, parse_day, units_of

    day: date | None = None
    if at is not None:
        try:
            day = parse_day(at)
        except ValueError:
            raise planflow.PlanflowError(planflow.Worded.of(
                "--at: {value!r} is not a date (dd/mm/yyyy or YYYY-MM-DD)", "serve_at",
                value=at)) from None
    if not 1 <= days <= 3660:
        raise planflow.PlanflowError(planflow.Worded.of("--days: from 1 to 3660, not {days}",
                                                        "serve_days", days=days))
    named = db or os.environ.get("PLANFLOW_DB")
    if named and "://" not in named and not os.path.exists(os.path.expanduser(named)):
        raise planflow.StoreError(planflow.Worded.of(
            "--db: no store at {db} (planflow plans add creates one)", "serve_no_store",
            db=named))
    key = secret()
    store = planflow.Store.open(db)
    if links:
        base = (base_url or os.environ.get("PLANFLOW_WEB_BASE_URL")
                or f"http://{host}:{port}").rstrip("/")
        expires = datetime.now(UTC) + timedelta(days=days)
        try:
            views = Office(store).plans(day or date.today())
        finally:
            store.close()
        said = _wording([v.plan for v in views])
        click.echo("# " + planflow.note_message(said, planflow.Worded.of(
            "links valid until {until} UTC", "serve_links", until=f"{expires:%d/%m/%Y %H:%M}")))
        click.echo(f"office\tVăn phòng (lãnh đạo)\t{base}/t/{make_token(key, None, expires)}")
        for unit, name in sorted(units_of(views).items()):
            click.echo(f"{unit}\t{name}\t{base}/t/{make_token(key, unit, expires)}")
        return
    import uvicorn

    from .app import create_app

    app = create_app(store, key, read_only=read_only,
                     today=(lambda: day) if day is not None else None)
    said = _wording([])
    where = f"http://{host}:{port}/"
    click.echo("planflow: " + planflow.note_message(said, planflow.Worded.of(
        "serving {url} on {where} (read-only); `planflow serve --links` prints the access links",
        "serve_read_only", url=str(store.url), where=where) if read_only else planflow.Worded.of(
        "serving {url} on {where}; `planflow serve --links` prints the access links", "serving",
        url=str(store.url), where=where)), err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()
