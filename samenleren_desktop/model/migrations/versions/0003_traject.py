"""Trajecten, contactmomenten, plan van aanpak, registrations, care, audit trail and outbox.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('tijd', sa.DateTime(), nullable=False),
    sa.Column('gebruiker', sa.String(100), nullable=False),
    sa.Column('apparaat', sa.String(100), nullable=False),
    sa.Column('actie', sa.String(20), nullable=False),
    sa.Column('tabel', sa.String(50), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.Column('gezin_id', sa.Uuid(), nullable=True),
    sa.Column('velden', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_tijd'), ['tijd'], unique=False)

    op.create_table('organisatie',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('naam', sa.String(200), nullable=False),
    sa.Column('plaats', sa.String(100), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('outbox_change',
    sa.Column('mutation_id', sa.Integer(), nullable=False),
    sa.Column('change_uuid', sa.Uuid(), nullable=False),
    sa.Column('tx_group', sa.Uuid(), nullable=False),
    sa.Column('tabel', sa.String(50), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=True),
    sa.Column('op', sa.String(10), nullable=False),
    sa.Column('velden', sa.JSON(), nullable=False),
    sa.Column('tijd', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('mutation_id')
    )
    op.create_table('partner',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('naam', sa.String(200), nullable=False),
    sa.Column('soort', sa.String(100), nullable=False),
    sa.Column('regio', sa.String(100), nullable=False),
    sa.Column('telefoon', sa.String(30), nullable=False),
    sa.Column('email', sa.String(200), nullable=False),
    sa.Column('notities', sa.String(2000), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('begeleider',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('organisatie_id', sa.Uuid(), nullable=False),
    sa.Column('gebruikersnaam', sa.String(100), nullable=False),
    sa.Column('naam', sa.String(200), nullable=False),
    sa.Column('rol', sa.String(20), nullable=False),
    sa.Column('email', sa.String(200), nullable=False),
    sa.ForeignKeyConstraint(['organisatie_id'], ['organisatie.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('begeleider', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_begeleider_gebruikersnaam'), ['gebruikersnaam'], unique=False)
        batch_op.create_index(batch_op.f('ix_begeleider_organisatie_id'), ['organisatie_id'], unique=False)

    op.create_table('school',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('organisatie_id', sa.Uuid(), nullable=True),
    sa.Column('naam', sa.String(200), nullable=False),
    sa.Column('plaats', sa.String(100), nullable=False),
    sa.Column('telefoon', sa.String(30), nullable=False),
    sa.ForeignKeyConstraint(['organisatie_id'], ['organisatie.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('traject',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('aanmeld_bron', sa.String(20), nullable=False),
    sa.Column('aanmeld_datum', sa.Date(), nullable=False),
    sa.Column('aangemeld_door', sa.String(200), nullable=False),
    sa.Column('status', sa.String(20), nullable=False),
    sa.Column('start_datum', sa.Date(), nullable=True),
    sa.Column('eind_datum', sa.Date(), nullable=True),
    sa.Column('reden_einde', sa.String(500), nullable=False),
    sa.Column('registratie_minuten', sa.Integer(), nullable=False),
    sa.Column('overgeslagen', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('traject', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_traject_gezin_id'), ['gezin_id'], unique=False)

    op.create_table('activiteit_keuze',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('traject_id', sa.Uuid(), nullable=False),
    sa.Column('activiteit', sa.String(100), nullable=False),
    sa.Column('doel', sa.Integer(), nullable=True),
    sa.Column('gekozen_door', sa.String(20), nullable=False),
    sa.Column('gekozen_op', sa.Date(), nullable=False),
    sa.Column('uitgevoerd_op', sa.Date(), nullable=True),
    sa.Column('notities', sa.String(5000), nullable=False),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['traject_id'], ['traject.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activiteit_keuze', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activiteit_keuze_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activiteit_keuze_traject_id'), ['traject_id'], unique=False)

    op.create_table('afsprakenkaart_item',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('traject_id', sa.Uuid(), nullable=False),
    sa.Column('volgorde', sa.Integer(), nullable=False),
    sa.Column('tekst', sa.String(500), nullable=False),
    sa.Column('wie', sa.String(100), nullable=False),
    sa.Column('wanneer', sa.String(100), nullable=False),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['traject_id'], ['traject.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('afsprakenkaart_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_afsprakenkaart_item_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_afsprakenkaart_item_traject_id'), ['traject_id'], unique=False)

    op.create_table('contactmoment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('traject_id', sa.Uuid(), nullable=False),
    sa.Column('soort', sa.String(30), nullable=False),
    sa.Column('status', sa.String(20), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('tijd', sa.Time(), nullable=True),
    sa.Column('setting', sa.String(20), nullable=False),
    sa.Column('aanwezigen', sa.String(500), nullable=False),
    sa.Column('doelen', sa.JSON(), nullable=False),
    sa.Column('duur_minuten', sa.Integer(), nullable=False),
    sa.Column('reistijd_minuten', sa.Integer(), nullable=False),
    sa.Column('notities', sa.String(10000), nullable=False),
    sa.Column('reden_annulering', sa.String(500), nullable=False),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['traject_id'], ['traject.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contactmoment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contactmoment_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contactmoment_traject_id'), ['traject_id'], unique=False)

    op.create_table('contraindicatie',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('traject_id', sa.Uuid(), nullable=False),
    sa.Column('soort', sa.String(50), nullable=False),
    sa.Column('toelichting', sa.String(2000), nullable=False),
    sa.Column('gesignaleerd_op', sa.Date(), nullable=False),
    sa.Column('besluit', sa.String(20), nullable=False),
    sa.Column('besluit_op', sa.Date(), nullable=True),
    sa.Column('opgelost_op', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['traject_id'], ['traject.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contraindicatie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contraindicatie_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contraindicatie_traject_id'), ['traject_id'], unique=False)

    op.create_table('leerkracht',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('naam', sa.String(200), nullable=False),
    sa.Column('rol', sa.String(20), nullable=False),
    sa.Column('groep', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(200), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('leerkracht', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leerkracht_school_id'), ['school_id'], unique=False)

    op.create_table('plan_doel',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('traject_id', sa.Uuid(), nullable=False),
    sa.Column('doel', sa.Integer(), nullable=False),
    sa.Column('subdoelen', sa.JSON(), nullable=False),
    sa.Column('gekozen_op', sa.Date(), nullable=False),
    sa.Column('gestopt_op', sa.Date(), nullable=True),
    sa.Column('ervaren', sa.String(5000), nullable=False),
    sa.Column('bespreken', sa.String(5000), nullable=False),
    sa.Column('informeren', sa.String(5000), nullable=False),
    sa.Column('proberen', sa.String(5000), nullable=False),
    sa.Column('notities', sa.String(5000), nullable=False),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['traject_id'], ['traject.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_doel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_doel_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_doel_traject_id'), ['traject_id'], unique=False)

    op.create_table('smiley_score',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('traject_id', sa.Uuid(), nullable=False),
    sa.Column('doel', sa.Integer(), nullable=False),
    sa.Column('moment', sa.String(10), nullable=False),
    sa.Column('waarde', sa.Integer(), nullable=False),
    sa.Column('gegeven_door', sa.String(20), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['traject_id'], ['traject.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('smiley_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_smiley_score_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_smiley_score_traject_id'), ['traject_id'], unique=False)

    op.create_table('toestemming',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('ouder_id', sa.Uuid(), nullable=False),
    sa.Column('soort', sa.String(30), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=True),
    sa.Column('gegeven_op', sa.Date(), nullable=False),
    sa.Column('wijze', sa.String(20), nullable=False),
    sa.Column('handtekening', sa.LargeBinary(), nullable=True),
    sa.Column('ingetrokken_op', sa.Date(), nullable=True),
    sa.Column('toelichting', sa.String(1000), nullable=False),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ouder_id'], ['ouder.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('toestemming', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_toestemming_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_toestemming_ouder_id'), ['ouder_id'], unique=False)

    op.create_table('traject_begeleider',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('traject_id', sa.Uuid(), nullable=False),
    sa.Column('begeleider_id', sa.Uuid(), nullable=False),
    sa.Column('vanaf', sa.Date(), nullable=False),
    sa.Column('tot', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['begeleider_id'], ['begeleider.id'], ),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['traject_id'], ['traject.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('traject_begeleider', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_traject_begeleider_begeleider_id'), ['begeleider_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_traject_begeleider_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_traject_begeleider_traject_id'), ['traject_id'], unique=False)

    op.create_table('verwijzing',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('traject_id', sa.Uuid(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('reden', sa.String(2000), nullable=False),
    sa.Column('stap', sa.String(30), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('warme_overdracht_op', sa.Date(), nullable=True),
    sa.Column('toestemming_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ),
    sa.ForeignKeyConstraint(['toestemming_id'], ['toestemming.id'], ),
    sa.ForeignKeyConstraint(['traject_id'], ['traject.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('verwijzing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verwijzing_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_verwijzing_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_verwijzing_traject_id'), ['traject_id'], unique=False)

    op.create_table('vragenlijst_antwoord',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(100), nullable=False),
    sa.Column('gezin_id', sa.Uuid(), nullable=False),
    sa.Column('traject_id', sa.Uuid(), nullable=False),
    sa.Column('vragenlijst', sa.String(100), nullable=False),
    sa.Column('versie', sa.Integer(), nullable=False),
    sa.Column('antwoorden', sa.JSON(), nullable=False),
    sa.Column('leerkracht_id', sa.Uuid(), nullable=True),
    sa.Column('afgerond_op', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['gezin_id'], ['gezin.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['leerkracht_id'], ['leerkracht.id'], ),
    sa.ForeignKeyConstraint(['traject_id'], ['traject.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('vragenlijst_antwoord', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vragenlijst_antwoord_gezin_id'), ['gezin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vragenlijst_antwoord_traject_id'), ['traject_id'], unique=False)

    with op.batch_alter_table('kind', schema=None) as batch_op:
        batch_op.add_column(sa.Column('school_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('leerkracht_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key('fk_kind_school_id', 'school', ['school_id'], ['id'])
        batch_op.create_foreign_key(
            'fk_kind_leerkracht_id', 'leerkracht', ['leerkracht_id'], ['id']
        )



def downgrade() -> None:
    with op.batch_alter_table('kind', schema=None) as batch_op:
        batch_op.drop_constraint('fk_kind_leerkracht_id', type_='foreignkey')
        batch_op.drop_constraint('fk_kind_school_id', type_='foreignkey')
        batch_op.drop_column('leerkracht_id')
        batch_op.drop_column('school_id')

    with op.batch_alter_table('vragenlijst_antwoord', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vragenlijst_antwoord_traject_id'))
        batch_op.drop_index(batch_op.f('ix_vragenlijst_antwoord_gezin_id'))

    op.drop_table('vragenlijst_antwoord')
    with op.batch_alter_table('verwijzing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verwijzing_traject_id'))
        batch_op.drop_index(batch_op.f('ix_verwijzing_partner_id'))
        batch_op.drop_index(batch_op.f('ix_verwijzing_gezin_id'))

    op.drop_table('verwijzing')
    with op.batch_alter_table('traject_begeleider', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_traject_begeleider_traject_id'))
        batch_op.drop_index(batch_op.f('ix_traject_begeleider_gezin_id'))
        batch_op.drop_index(batch_op.f('ix_traject_begeleider_begeleider_id'))

    op.drop_table('traject_begeleider')
    with op.batch_alter_table('toestemming', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_toestemming_ouder_id'))
        batch_op.drop_index(batch_op.f('ix_toestemming_gezin_id'))

    op.drop_table('toestemming')
    with op.batch_alter_table('smiley_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_smiley_score_traject_id'))
        batch_op.drop_index(batch_op.f('ix_smiley_score_gezin_id'))

    op.drop_table('smiley_score')
    with op.batch_alter_table('plan_doel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_doel_traject_id'))
        batch_op.drop_index(batch_op.f('ix_plan_doel_gezin_id'))

    op.drop_table('plan_doel')
    with op.batch_alter_table('leerkracht', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leerkracht_school_id'))

    op.drop_table('leerkracht')
    with op.batch_alter_table('contraindicatie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contraindicatie_traject_id'))
        batch_op.drop_index(batch_op.f('ix_contraindicatie_gezin_id'))

    op.drop_table('contraindicatie')
    with op.batch_alter_table('contactmoment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contactmoment_traject_id'))
        batch_op.drop_index(batch_op.f('ix_contactmoment_gezin_id'))

    op.drop_table('contactmoment')
    with op.batch_alter_table('afsprakenkaart_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_afsprakenkaart_item_traject_id'))
        batch_op.drop_index(batch_op.f('ix_afsprakenkaart_item_gezin_id'))

    op.drop_table('afsprakenkaart_item')
    with op.batch_alter_table('activiteit_keuze', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activiteit_keuze_traject_id'))
        batch_op.drop_index(batch_op.f('ix_activiteit_keuze_gezin_id'))

    op.drop_table('activiteit_keuze')
    with op.batch_alter_table('traject', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_traject_gezin_id'))

    op.drop_table('traject')
    op.drop_table('school')
    with op.batch_alter_table('begeleider', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_begeleider_organisatie_id'))
        batch_op.drop_index(batch_op.f('ix_begeleider_gebruikersnaam'))

    op.drop_table('begeleider')
    op.drop_table('partner')
    op.drop_table('outbox_change')
    op.drop_table('organisatie')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_tijd'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_gezin_id'))

    op.drop_table('audit_entry')
