"""payouts per day, kept by triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

``payout_day`` holds, per profile and day, the number of payouts and their satoshis. SQLite triggers on
``payout`` keep it exact on every insert, update and delete — ORM writes, bulk Core inserts (the CSV
import), raw ``executemany`` and ``ON DELETE CASCADE`` from a profile alike — so the sums of the dashboard,
the holdings and the balance checks (``desktop/store/queries.py``) read a row per day instead of scanning up
to a million payouts.

It has no primary key on purpose: it is derived data, and desktop.store.changes records (and undoes) only
tables with one; undoing a payout corrects it through the triggers.

A later migration that recreates ``payout`` (Alembic batch mode copies the table and drops the old one,
and its triggers with it) must create the triggers again: ``op.execute(sql) for sql in TRIGGERS``.

On PostgreSQL the same bookkeeping is one PL/pgSQL trigger function (``PG_TRIGGERS``), row by row like
SQLite's; ``ON CONFLICT`` makes two advisors' concurrent inserts for one day add up instead of colliding.
"""
import sqlalchemy as sa
from alembic import op

from desktop.store.types import Int64

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_ADD = """
    INSERT INTO payout_day (profile_id, day, payouts, amount_sat) VALUES (NEW.profile_id, NEW.day, 1, NEW.amount_sat)
    ON CONFLICT (profile_id, day) DO UPDATE SET payouts = payouts + 1, amount_sat = amount_sat + excluded.amount_sat;
"""
_REMOVE = """
    UPDATE payout_day SET payouts = payouts - 1, amount_sat = amount_sat - OLD.amount_sat
    WHERE profile_id = OLD.profile_id AND day = OLD.day;
    DELETE FROM payout_day WHERE profile_id = OLD.profile_id AND day = OLD.day AND payouts <= 0;
"""
TRIGGERS = (
    f"CREATE TRIGGER payout_day_after_insert AFTER INSERT ON payout BEGIN {_ADD} END",
    f"CREATE TRIGGER payout_day_after_delete AFTER DELETE ON payout BEGIN {_REMOVE} END",
    f"CREATE TRIGGER payout_day_after_update AFTER UPDATE OF profile_id, day, amount_sat ON payout "
    f"BEGIN {_REMOVE} {_ADD} END",
)
TRIGGER_NAMES = ("payout_day_after_insert", "payout_day_after_delete", "payout_day_after_update")

PG_TRIGGERS = (
    """
    CREATE FUNCTION payout_day_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            UPDATE payout_day SET payouts = payouts - 1, amount_sat = amount_sat - OLD.amount_sat
            WHERE profile_id = OLD.profile_id AND day = OLD.day;
            DELETE FROM payout_day WHERE profile_id = OLD.profile_id AND day = OLD.day AND payouts <= 0;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO payout_day (profile_id, day, payouts, amount_sat)
            VALUES (NEW.profile_id, NEW.day, 1, NEW.amount_sat)
            ON CONFLICT (profile_id, day) DO UPDATE
            SET payouts = payout_day.payouts + 1, amount_sat = payout_day.amount_sat + EXCLUDED.amount_sat;
        END IF;
        RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER payout_day_sync AFTER INSERT OR DELETE OR UPDATE OF profile_id, day, amount_sat ON payout "
    "FOR EACH ROW EXECUTE FUNCTION payout_day_sync()",
)


def triggers(dialect: str) -> tuple[str, ...]:
    return PG_TRIGGERS if dialect == "postgresql" else TRIGGERS


def upgrade() -> None:
    op.create_table('payout_day',
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('payouts', sa.Integer(), nullable=False),
    sa.Column('amount_sat', Int64, nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], name=op.f('fk_payout_day_profile_id_profile'), ondelete='CASCADE'),
    sa.UniqueConstraint('profile_id', 'day', name=op.f('uq_payout_day_profile_id_day'))
    )
    op.execute("INSERT INTO payout_day (profile_id, day, payouts, amount_sat) "
               "SELECT profile_id, day, count(*), sum(amount_sat) FROM payout GROUP BY profile_id, day")
    for sql in triggers(op.get_bind().dialect.name):
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS payout_day_sync ON payout")
        op.execute("DROP FUNCTION IF EXISTS payout_day_sync()")
    for name in TRIGGER_NAMES if op.get_bind().dialect.name == "sqlite" else ():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('payout_day')
