"""row versions for optimistic locking

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Every record a user edits gets a ``version`` (1 when written, +1 on every update, kept by SQLAlchemy's
``version_id_col``). An edit names the version it was made on; when someone else (another advisor on a
shared PostgreSQL database, another window, the CLI) changed the row since, the edit is refused and the user
shown the new values (desktop.services.records.ConflictError) instead of overwriting them silently.

``ADD COLUMN … DEFAULT 1 NOT NULL`` rewrites nothing on either database (SQLite, PostgreSQL 11+): a million
payouts take no longer than ten. Plain ``op.add_column``, never a batch context: on SQLite a batch may copy
the table and drop the old one, and dropping ``profile`` with foreign keys on would cascade to every site
and record (the upgrade test of the rev_0001 fixture caught exactly that); the in-place ALTER also keeps the
payout_day triggers of 0003.
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

VERSIONED = ("profile", "site", "equipment", "energy_record", "payout", "disposal", "wallet_address",
             "loan_offer", "simulation")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False))


def downgrade() -> None:
    for table in VERSIONED:  # SQLite 3.35+ drops a column in place
        op.drop_column(table, 'version')
