"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

from desktop.store.types import Int64

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('loan_offer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('offer_key', sa.String(length=100), nullable=False),
    sa.Column('lender', sa.String(length=200), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('body_json', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_offer')),
    sa.UniqueConstraint('offer_key', name=op.f('uq_loan_offer_offer_key'))
    )
    op.create_table('market_price',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('base', sa.String(length=5), nullable=False),
    sa.Column('quote', sa.String(length=5), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('fetched_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_market_price')),
    sa.UniqueConstraint('day', 'base', 'quote', 'source', name=op.f('uq_market_price_day_base_quote_source'))
    )
    op.create_table('profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_form', sa.String(length=20), nullable=False),
    sa.Column('inn', sa.String(length=12), nullable=True),
    sa.Column('registry_number', sa.String(length=64), nullable=True),
    sa.Column('registry_date', sa.Date(), nullable=True),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("legal_form IN ('individual', 'sole_trader', 'company')", name=op.f('ck_profile_legal_form')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile')),
    sa.UniqueConstraint('name', name=op.f('uq_profile_name'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('disposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('amount_sat', Int64, nullable=False),
    sa.Column('fiat_minor', Int64, nullable=True),
    sa.Column('fee_minor', Int64, nullable=True),
    sa.Column('fiat_currency', sa.String(length=3), nullable=False),
    sa.Column('txid', sa.String(length=64), nullable=True),
    sa.Column('counterparty', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('sale', 'transfer', 'fee')", name=op.f('ck_disposal_kind')),
    sa.CheckConstraint('amount_sat > 0', name=op.f('ck_disposal_amount_positive')),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], name=op.f('fk_disposal_profile_id_profile'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disposal'))
    )
    with op.batch_alter_table('disposal', schema=None) as batch_op:
        batch_op.create_index('ix_disposal_profile_day', ['profile_id', 'day'], unique=False)

    op.create_table('package_export',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], name=op.f('fk_package_export_profile_id_profile'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_package_export'))
    )
    with op.batch_alter_table('package_export', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_package_export_profile_id'), ['profile_id'], unique=False)

    op.create_table('payout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('amount_sat', Int64, nullable=False),
    sa.Column('pool', sa.String(length=100), nullable=False),
    sa.Column('txid', sa.String(length=64), nullable=True),
    sa.Column('address', sa.String(length=100), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint('amount_sat > 0', name=op.f('ck_payout_amount_positive')),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], name=op.f('fk_payout_profile_id_profile'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payout')),
    sa.UniqueConstraint('profile_id', 'txid', name=op.f('uq_payout_profile_id_txid'))
    )
    with op.batch_alter_table('payout', schema=None) as batch_op:
        batch_op.create_index('ix_payout_profile_day', ['profile_id', 'day'], unique=False)

    op.create_table('simulation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('offer_key', sa.String(length=100), nullable=False),
    sa.Column('inputs_json', sa.Text(), nullable=False),
    sa.Column('results_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], name=op.f('fk_simulation_profile_id_profile'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_simulation'))
    )
    with op.batch_alter_table('simulation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_simulation_profile_id'), ['profile_id'], unique=False)

    op.create_table('site',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('tariff', sa.String(length=40), nullable=False),
    sa.Column('tariff_night', sa.String(length=40), nullable=True),
    sa.Column('night_share', sa.String(length=40), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('monthly_fee_minor', Int64, nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], name=op.f('fk_site_profile_id_profile'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('profile_id', 'name', name=op.f('uq_site_profile_id_name'))
    )
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_profile_id'), ['profile_id'], unique=False)

    op.create_table('wallet_address',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('network', sa.String(length=10), nullable=False),
    sa.Column('onchain_balance_sat', Int64, nullable=True),
    sa.Column('checked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], name=op.f('fk_wallet_address_profile_id_profile'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wallet_address')),
    sa.UniqueConstraint('profile_id', 'address', name=op.f('uq_wallet_address_profile_id_address'))
    )
    with op.batch_alter_table('wallet_address', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wallet_address_profile_id'), ['profile_id'], unique=False)

    op.create_table('energy_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('meter_kwh', sa.String(length=40), nullable=True),
    sa.Column('kwh', sa.String(length=40), nullable=True),
    sa.Column('cost_minor', Int64, nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('tariff_override', sa.String(length=40), nullable=True),
    sa.Column('meter_replaced', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('reading', 'period')", name=op.f('ck_energy_record_kind')),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], name=op.f('fk_energy_record_profile_id_profile'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_energy_record_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_energy_record'))
    )
    with op.batch_alter_table('energy_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_energy_record_profile_id'), ['profile_id'], unique=False)
        batch_op.create_index('ix_energy_record_site_day', ['site_id', 'day'], unique=False)

    op.create_table('equipment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('vendor', sa.String(length=100), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('serial', sa.String(length=100), nullable=False),
    sa.Column('hashrate_ths', sa.String(length=40), nullable=False),
    sa.Column('power_w', sa.Integer(), nullable=False),
    sa.Column('purchase_date', sa.Date(), nullable=True),
    sa.Column('price_minor', Int64, nullable=True),
    sa.Column('price_currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('hosting', sa.String(length=10), nullable=False),
    sa.Column('hoster', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("hosting IN ('own', 'hosted')", name=op.f('ck_equipment_hosting')),
    sa.CheckConstraint("status IN ('active', 'standby', 'repair', 'sold', 'retired')", name=op.f('ck_equipment_status')),
    sa.CheckConstraint('power_w >= 0', name=op.f('ck_equipment_power')),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], name=op.f('fk_equipment_profile_id_profile'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_equipment_site_id_site'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment')),
    sa.UniqueConstraint('profile_id', 'serial', name=op.f('uq_equipment_profile_id_serial'))
    )
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_profile_id'), ['profile_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_site_id'), ['site_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_site_id'))
        batch_op.drop_index(batch_op.f('ix_equipment_profile_id'))

    op.drop_table('equipment')
    with op.batch_alter_table('energy_record', schema=None) as batch_op:
        batch_op.drop_index('ix_energy_record_site_day')
        batch_op.drop_index(batch_op.f('ix_energy_record_profile_id'))

    op.drop_table('energy_record')
    with op.batch_alter_table('wallet_address', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_wallet_address_profile_id'))

    op.drop_table('wallet_address')
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_profile_id'))

    op.drop_table('site')
    with op.batch_alter_table('simulation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_simulation_profile_id'))

    op.drop_table('simulation')
    with op.batch_alter_table('payout', schema=None) as batch_op:
        batch_op.drop_index('ix_payout_profile_day')

    op.drop_table('payout')
    with op.batch_alter_table('package_export', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_package_export_profile_id'))

    op.drop_table('package_export')
    with op.batch_alter_table('disposal', schema=None) as batch_op:
        batch_op.drop_index('ix_disposal_profile_day')

    op.drop_table('disposal')
    op.drop_table('setting')
    op.drop_table('profile')
    op.drop_table('market_price')
    op.drop_table('loan_offer')
