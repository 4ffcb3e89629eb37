"""market data caches

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

from desktop.store.types import Int64

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('network_stat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('difficulty', sa.String(length=40), nullable=True),
    sa.Column('hashrate_ths', sa.String(length=40), nullable=True),
    sa.Column('fees_per_block_sat', Int64, nullable=True),
    sa.Column('fetched_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_stat')),
    sa.UniqueConstraint('day', 'source', name=op.f('uq_network_stat_day_source'))
    )
    op.create_table('source_status',
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('last_success_at', sa.DateTime(), nullable=True),
    sa.Column('last_error_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('source', name=op.f('pk_source_status'))
    )
    op.create_table('wallet_tx',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('address_id', sa.Integer(), nullable=False),
    sa.Column('txid', sa.String(length=64), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('block_time', sa.DateTime(), nullable=True),
    sa.Column('received_sat', Int64, nullable=False),
    sa.Column('sent_sat', Int64, nullable=False),
    sa.Column('fetched_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['address_id'], ['wallet_address.id'], name=op.f('fk_wallet_tx_address_id_wallet_address'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wallet_tx')),
    sa.UniqueConstraint('address_id', 'txid', name=op.f('uq_wallet_tx_address_id_txid'))
    )
    with op.batch_alter_table('wallet_tx', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wallet_tx_address_id'), ['address_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_wallet_tx_txid'), ['txid'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('wallet_tx', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_wallet_tx_txid'))
        batch_op.drop_index(batch_op.f('ix_wallet_tx_address_id'))

    op.drop_table('wallet_tx')
    op.drop_table('source_status')
    op.drop_table('network_stat')
