"""foundation: users, parties, cases, history, attachments, settings

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 09:06:23.481875
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blobs'))
    )
    op.create_table('number_series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('pattern', sa.String(length=60), nullable=False),
    sa.Column('reset_yearly', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_series')),
    sa.UniqueConstraint('code', name=op.f('uq_number_series_code'))
    )
    op.create_table('parties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('vat_id', sa.String(length=20), nullable=True),
    sa.Column('tax_number', sa.String(length=30), nullable=True),
    sa.Column('iban', sa.String(length=34), nullable=True),
    sa.Column('bic', sa.String(length=11), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('contact_person', sa.String(length=200), nullable=True),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('customer_group', sa.String(length=50), nullable=True),
    sa.Column('leitweg_id', sa.String(length=50), nullable=True),
    sa.Column('preferred_delivery', sa.String(length=12), nullable=False),
    sa.Column('payment_terms_days', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=50), nullable=True),
    sa.Column('remote_id', sa.String(length=64), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parties'))
    )
    with op.batch_alter_table('parties', schema=None) as batch_op:
        batch_op.create_index('ix_parties_email', ['email'], unique=False)
        batch_op.create_index('ix_parties_iban', ['iban'], unique=False)
        batch_op.create_index('ix_parties_name', ['name'], unique=False)
        batch_op.create_index('ix_parties_origin', ['origin', 'remote_id'], unique=False)
        batch_op.create_index('ix_parties_vat_id', ['vat_id'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('initials', sa.String(length=8), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('approval_limit', sa.BigInteger(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('pending_action', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('party_id', sa.Integer(), nullable=True),
    sa.Column('party_name', sa.String(length=200), nullable=False),
    sa.Column('search_text', sa.String(length=300), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('net', sa.BigInteger(), nullable=False),
    sa.Column('tax', sa.BigInteger(), nullable=False),
    sa.Column('gross', sa.BigInteger(), nullable=False),
    sa.Column('paid_amount', sa.BigInteger(), nullable=False),
    sa.Column('payment_status', sa.String(length=8), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('delivery_date', sa.Date(), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('send_date', sa.Date(), nullable=True),
    sa.Column('reverse_charge', sa.Boolean(), nullable=False),
    sa.Column('delivered', sa.Boolean(), nullable=False),
    sa.Column('booked', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('payment_reference', sa.String(length=140), nullable=True),
    sa.Column('payment_reference_valid', sa.Boolean(), nullable=False),
    sa.Column('payment_terms', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('recipient_email', sa.String(length=254), nullable=True),
    sa.Column('credit_for_id', sa.Integer(), nullable=True),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('snapshot', sa.JSON(), nullable=True),
    sa.Column('extraction', sa.JSON(), nullable=True),
    sa.Column('error_message', sa.Text(), nullable=True),
    sa.Column('source_sha256', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('edited_by_id', sa.Integer(), nullable=True),
    sa.Column('checked_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_cases_approved_by_id_users')),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_cases_assignee_id_users')),
    sa.ForeignKeyConstraint(['checked_by_id'], ['users.id'], name=op.f('fk_cases_checked_by_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_cases_created_by_id_users')),
    sa.ForeignKeyConstraint(['credit_for_id'], ['cases.id'], name=op.f('fk_cases_credit_for_id_cases')),
    sa.ForeignKeyConstraint(['edited_by_id'], ['users.id'], name=op.f('fk_cases_edited_by_id_users')),
    sa.ForeignKeyConstraint(['party_id'], ['parties.id'], name=op.f('fk_cases_party_id_parties')),
    sa.ForeignKeyConstraint(['series_id'], ['number_series.id'], name=op.f('fk_cases_series_id_number_series')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_cases_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('series_id', 'number', name='uq_cases_series_number')
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_active_created', ['active', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_cases_active_due', ['active', 'due_date', 'id'], unique=False)
        batch_op.create_index('ix_cases_active_gross', ['active', 'gross', 'id'], unique=False)
        batch_op.create_index('ix_cases_active_number', ['active', 'number', 'id'], unique=False)
        batch_op.create_index('ix_cases_active_party', ['active', 'party_name', 'id'], unique=False)
        batch_op.create_index('ix_cases_active_pending', ['active', 'pending_action'], unique=False)
        batch_op.create_index('ix_cases_active_status', ['active', 'status', 'created_at'], unique=False)
        batch_op.create_index('ix_cases_content_sha', ['source_sha256'], unique=False)
        batch_op.create_index('ix_cases_creator', ['created_by_id', 'active'], unique=False)
        batch_op.create_index('ix_cases_party', ['party_id'], unique=False)
        batch_op.create_index('ix_cases_supplier_number', ['direction', 'party_id', 'number'], unique=False)
        batch_op.create_index('ix_cases_updated', ['updated_at'], unique=False)

    op.create_table('filter_presets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('filters', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_filter_presets_owner_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filter_presets')),
    sa.UniqueConstraint('owner_id', 'name', name=op.f('uq_filter_presets_owner_id_name'))
    )
    op.create_table('number_counters',
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['series_id'], ['number_series.id'], name=op.f('fk_number_counters_series_id_number_series')),
    sa.PrimaryKeyConstraint('series_id', 'year', name=op.f('pk_number_counters'))
    )
    op.create_table('user_roles',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_roles_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'role', name=op.f('pk_user_roles'))
    )
    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('blob_sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['blob_sha256'], ['blobs.sha256'], name=op.f('fk_attachments_blob_sha256_blobs')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_attachments_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_attachments_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index('ix_attachments_case', ['case_id'], unique=False)

    op.create_table('case_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('article_no', sa.String(length=40), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('discount_percent', sa.BigInteger(), nullable=False),
    sa.Column('vat_rate', sa.BigInteger(), nullable=False),
    sa.Column('vat_category', sa.String(length=3), nullable=False),
    sa.Column('net', sa.BigInteger(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('cost_account', sa.String(length=20), nullable=True),
    sa.Column('cost_centre', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_lines_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_lines'))
    )
    with op.batch_alter_table('case_lines', schema=None) as batch_op:
        batch_op.create_index('ix_case_lines_case', ['case_id', 'position'], unique=False)

    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('reference', sa.String(length=140), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_payments_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_payments_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index('ix_payments_case', ['case_id'], unique=False)

    op.create_table('status_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('from_status', sa.String(length=12), nullable=True),
    sa.Column('to_status', sa.String(length=12), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_status_history_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_status_history_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_history'))
    )
    with op.batch_alter_table('status_history', schema=None) as batch_op:
        batch_op.create_index('ix_status_history_case', ['case_id', 'at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('status_history', schema=None) as batch_op:
        batch_op.drop_index('ix_status_history_case')

    op.drop_table('status_history')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index('ix_payments_case')

    op.drop_table('payments')
    with op.batch_alter_table('case_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_case_lines_case')

    op.drop_table('case_lines')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_attachments_case')

    op.drop_table('attachments')
    op.drop_table('user_roles')
    op.drop_table('number_counters')
    op.drop_table('filter_presets')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_updated')
        batch_op.drop_index('ix_cases_supplier_number')
        batch_op.drop_index('ix_cases_party')
        batch_op.drop_index('ix_cases_creator')
        batch_op.drop_index('ix_cases_content_sha')
        batch_op.drop_index('ix_cases_active_status')
        batch_op.drop_index('ix_cases_active_pending')
        batch_op.drop_index('ix_cases_active_party')
        batch_op.drop_index('ix_cases_active_number')
        batch_op.drop_index('ix_cases_active_gross')
        batch_op.drop_index('ix_cases_active_due')
        batch_op.drop_index('ix_cases_active_created')

    op.drop_table('cases')
    op.drop_table('users')
    op.drop_table('settings')
    with op.batch_alter_table('parties', schema=None) as batch_op:
        batch_op.drop_index('ix_parties_vat_id')
        batch_op.drop_index('ix_parties_origin')
        batch_op.drop_index('ix_parties_name')
        batch_op.drop_index('ix_parties_iban')
        batch_op.drop_index('ix_parties_email')

    op.drop_table('parties')
    op.drop_table('number_series')
    op.drop_table('blobs')
