"""Which exceptions mean the database could not be used (503) rather than a bug (500)."""

from __future__ import annotations

import sqlite3

from asyncpg.exceptions import _base as asyncpg_base
from sqlalchemy.exc import InternalError

from shared.dbfaults import BUSY, LOST, database_fault


def _wrapped(driver_error: BaseException) -> InternalError:
    """The driver's error as SQLAlchemy raises it when no connection could be set up."""
    wrapped = InternalError("select pg_catalog.version()", None, driver_error)
    wrapped.__cause__ = driver_error
    return wrapped


def test_a_connection_left_mid_operation_by_a_terminated_backend_is_lost():
    stuck = asyncpg_base.InternalClientError("cannot switch to state 12; another operation (2) is in progress")
    assert database_fault(_wrapped(stuck)) == LOST


def test_other_internal_client_errors_and_plain_bugs_are_not_database_faults():
    assert database_fault(_wrapped(asyncpg_base.InternalClientError("unexpected message type"))) is None
    assert database_fault(ValueError("another operation is in progress")) is None


def test_a_locked_sqlite_file_is_busy():
    assert database_fault(sqlite3.OperationalError("database is locked")) == BUSY
