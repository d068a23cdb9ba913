"""Create the PostgreSQL database named in a DATABASE_URL if it does not exist yet."""

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def main(url: str) -> None:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


if __name__ == "__main__":
    main(sys.argv[1])
