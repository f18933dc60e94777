"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("daily_quota", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("working_days", sa.String(length=7), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("daily_quota > 0", name=op.f("ck_campaigns_quota_positive")),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_campaigns_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("name", name=op.f("uq_campaigns_name")),
    )
    op.create_table(
        "companies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("is_target", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_companies_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companies")),
        sa.UniqueConstraint("name_key", name=op.f("uq_companies_name_key")),
    )
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("filename", sa.String(length=500), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batches_fingerprint"), ["fingerprint"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("full_name", sa.String(length=400), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("linkedin_url", sa.String(length=500), nullable=True),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("referred_by_id", sa.Integer(), nullable=True),
        sa.Column("connected_on", sa.Date(), nullable=True),
        sa.Column("birthday", sa.String(length=10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("biggest_challenge", sa.Text(), nullable=False),
        sa.Column("closeness", sa.Integer(), nullable=True),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("cadence_days", sa.Integer(), nullable=True),
        sa.Column("do_not_introduce", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("last_interaction_at", sa.DateTime(), nullable=True),
        sa.Column("last_conversation_at", sa.DateTime(), nullable=True),
        sa.Column("unanswered_attempts", sa.Integer(), nullable=False),
        sa.Column("cooldown_until", sa.Date(), nullable=True),
        sa.Column("parked_on", sa.Date(), nullable=True),
        sa.Column("no_ask_until", sa.Date(), nullable=True),
        sa.Column("job_changed_on", sa.Date(), nullable=True),
        sa.Column("edited_fields", sa.String(length=300), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "stage = 'cold' OR stage = 're-warming' OR stage = 'warm' OR stage = 'engaged'", name=op.f("ck_contacts_stage_known")
        ),
        sa.CheckConstraint(
            "cadence_days IS NULL OR cadence_days > 0", name=op.f("ck_contacts_cadence_positive")
        ),
        sa.CheckConstraint(
            "closeness IS NULL OR (closeness BETWEEN 1 AND 5)", name=op.f("ck_contacts_closeness_1_to_5")
        ),
        sa.CheckConstraint("length(full_name) > 0", name=op.f("ck_contacts_full_name_not_empty")),
        sa.CheckConstraint(
            "referred_by_id IS NULL OR referred_by_id <> id", name=op.f("ck_contacts_not_referred_by_self")
        ),
        sa.CheckConstraint("unanswered_attempts >= 0", name=op.f("ck_contacts_attempts_not_negative")),
        sa.CheckConstraint("value IS NULL OR (value BETWEEN 1 AND 5)", name=op.f("ck_contacts_value_1_to_5")),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_contacts_company_id_companies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referred_by_id"],
            ["contacts.id"],
            name=op.f("fk_contacts_referred_by_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contacts_call_state",
            [
                "archived",
                "deleted_at",
                "parked_on",
                "stage",
                "last_conversation_at",
                "cadence_days",
                "value",
                "cooldown_until",
                "last_interaction_at",
            ],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_contacts_company_id"), ["company_id"], unique=False)
        batch_op.create_index(
            "ix_contacts_cooldown_until",
            ["cooldown_until"],
            unique=False,
            sqlite_where=sa.text("cooldown_until IS NOT NULL"),
            postgresql_where=sa.text("cooldown_until IS NOT NULL"),
        )
        batch_op.create_index("ix_contacts_full_name", ["full_name"], unique=False)
        batch_op.create_index("uq_contacts_linkedin_url", ["linkedin_url"], unique=True)
        batch_op.create_index("ix_contacts_job_changed_on", ["job_changed_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contacts_last_interaction_at"), ["last_interaction_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contacts_referred_by_id"), ["referred_by_id"], unique=False)

    op.create_table(
        "campaign_members",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_members_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_campaign_members_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("campaign_id", "contact_id", name=op.f("pk_campaign_members")),
    )
    with op.batch_alter_table("campaign_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_members_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "contact_emails",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("email_key", sa.String(length=320), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("email LIKE '%_@_%'", name=op.f("ck_contact_emails_looks_like_email")),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_emails_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_emails")),
        sa.UniqueConstraint("contact_id", "email_key", name=op.f("uq_contact_emails_contact_id_email_key")),
    )
    with op.batch_alter_table("contact_emails", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_emails_email_key"), ["email_key"], unique=False)

    op.create_table(
        "contact_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind = 'job-change' OR kind = 'title-change' OR kind = 'note'", name=op.f("ck_contact_events_kind_known")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_events_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_contact_events_import_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_events")),
    )
    with op.batch_alter_table("contact_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_events_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "contact_phones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_phones_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_phones")),
    )
    with op.batch_alter_table("contact_phones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_phones_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "contact_tags",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_tags_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_contact_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("contact_id", "tag_id", name=op.f("pk_contact_tags")),
    )
    op.create_table(
        "give_forward",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("other_contact_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind = 'introduction' OR kind = 'advice' OR kind = 'help' OR kind = 'referral' OR kind = 'other'",
            name=op.f("ck_give_forward_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_give_forward_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["other_contact_id"],
            ["contacts.id"],
            name=op.f("fk_give_forward_other_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_give_forward")),
    )
    with op.batch_alter_table("give_forward", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_give_forward_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "import_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "action = 'created' OR action = 'updated' OR action = 'interaction' OR action = 'event'",
            name=op.f("ck_import_changes_action_known"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_changes_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_import_changes_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_changes")),
    )
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_changes_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_import_changes_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("mood", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("asked_advice", sa.Boolean(), nullable=False),
        sa.Column("asked_job", sa.Boolean(), nullable=False),
        sa.Column("sent_resume", sa.Boolean(), nullable=False),
        sa.Column("received_names", sa.Boolean(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("external_key", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "channel = 'call' OR channel = 'voicemail' OR channel = 'email' OR channel = 'message' OR channel = 'meeting' OR channel = 'note' OR channel = 'event'",
            name=op.f("ck_interactions_channel_known"),
        ),
        sa.CheckConstraint(
            "direction = 'outbound' OR direction = 'inbound'", name=op.f("ck_interactions_direction_known")
        ),
        sa.CheckConstraint(
            "mood IS NULL OR mood = 'thrilled' OR mood = 'neutral' OR mood = 'indifferent' OR mood = 'wary'",
            name=op.f("ck_interactions_mood_known"),
        ),
        sa.CheckConstraint(
            "outcome = 'reached' OR outcome = 'no-answer' OR outcome = 'replied' OR outcome = 'no-reply'",
            name=op.f("ck_interactions_outcome_known"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_interactions_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_interactions_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
        sa.UniqueConstraint("external_key", name=op.f("uq_interactions_external_key")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index("ix_interactions_contact_when", ["contact_id", "occurred_at"], unique=False)
        batch_op.create_index("ix_interactions_occurred_at", ["occurred_at"], unique=False)

    op.create_table(
        "notification_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shown_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("delivered_by", sa.String(length=30), nullable=False),
        sa.Column("reminder_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_notification_history_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_history")),
    )
    with op.batch_alter_table("notification_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notification_history_shown_at"), ["shown_at"], unique=False)

    op.create_table(
        "opportunities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("hiring_manager_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "stage = 'exploring' OR stage = 'applied' OR stage = 'interviewing' OR stage = 'turned-down' OR stage = 'offer' OR stage = 'accepted' OR stage = 'withdrawn'",
            name=op.f("ck_opportunities_stage_known"),
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_opportunities_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_opportunities_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_opportunities_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["hiring_manager_id"],
            ["contacts.id"],
            name=op.f("fk_opportunities_hiring_manager_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.create_index("ix_opportunities_company", ["company_id", "stage"], unique=False)

    op.create_table(
        "introductions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("introducer_id", sa.Integer(), nullable=False),
        sa.Column("introduced_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("stage", sa.String(length=30), nullable=False),
        sa.Column("unanswered_attempts", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "stage = 'requested' OR stage = 'made' OR stage = 'connected' OR stage = 'message-relayed' OR stage = 'introducer-out-of-loop' OR stage = 'outcome' OR stage = 'loop-closed'",
            name=op.f("ck_introductions_stage_known"),
        ),
        sa.CheckConstraint("introducer_id <> introduced_id", name=op.f("ck_introductions_two_people")),
        sa.CheckConstraint("unanswered_attempts >= 0", name=op.f("ck_introductions_attempts_not_negative")),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_introductions_company_id_companies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["introduced_id"],
            ["contacts.id"],
            name=op.f("fk_introductions_introduced_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["introducer_id"],
            ["contacts.id"],
            name=op.f("fk_introductions_introducer_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_introductions_opportunity_id_opportunities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_introductions")),
    )
    with op.batch_alter_table("introductions", schema=None) as batch_op:
        batch_op.create_index("ix_introductions_introduced", ["introduced_id"], unique=False)
        batch_op.create_index("ix_introductions_introducer", ["introducer_id"], unique=False)

    op.create_table(
        "reminder_log",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("shown_at", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("notification_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "state <> 'snoozed' OR snoozed_until IS NOT NULL", name=op.f("ck_reminder_log_snooze_has_time")
        ),
        sa.CheckConstraint(
            "state = 'shown' OR state = 'dismissed' OR state = 'snoozed'", name=op.f("ck_reminder_log_state_known")
        ),
        sa.ForeignKeyConstraint(
            ["notification_id"],
            ["notification_history.id"],
            name=op.f("fk_reminder_log_notification_id_notification_history"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_reminder_log")),
    )
    with op.batch_alter_table("reminder_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reminder_log_notification_id"), ["notification_id"], unique=False
        )

    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("introduction_id", sa.Integer(), nullable=True),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind = 'follow-up' OR kind = 'thank-you' OR kind = 'close-the-loop' OR kind = 'keep-in-touch' OR kind = 'feedback-meeting' OR kind = 'send-promised' OR kind = 'next-step' OR kind = 'update-introducer'",
            name=op.f("ck_followups_kind_known"),
        ),
        sa.CheckConstraint(
            "status <> 'snoozed' OR snoozed_until IS NOT NULL", name=op.f("ck_followups_snooze_has_date")
        ),
        sa.CheckConstraint(
            "status = 'open' OR status = 'done' OR status = 'snoozed' OR status = 'dismissed'", name=op.f("ck_followups_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_followups_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["introduction_id"],
            ["introductions.id"],
            name=op.f("fk_followups_introduction_id_introductions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_followups_opportunity_id_opportunities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
    )
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index("ix_followups_contact", ["contact_id", "status"], unique=False)
        batch_op.create_index("ix_followups_due", ["status", "due_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index("ix_followups_due")
        batch_op.drop_index("ix_followups_contact")

    op.drop_table("followups")
    with op.batch_alter_table("reminder_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_log_notification_id"))

    op.drop_table("reminder_log")
    with op.batch_alter_table("introductions", schema=None) as batch_op:
        batch_op.drop_index("ix_introductions_introducer")
        batch_op.drop_index("ix_introductions_introduced")

    op.drop_table("introductions")
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index("ix_opportunities_company")

    op.drop_table("opportunities")
    with op.batch_alter_table("notification_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notification_history_shown_at"))

    op.drop_table("notification_history")
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_occurred_at")
        batch_op.drop_index("ix_interactions_contact_when")

    op.drop_table("interactions")
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_changes_contact_id"))
        batch_op.drop_index(batch_op.f("ix_import_changes_batch_id"))

    op.drop_table("import_changes")
    with op.batch_alter_table("give_forward", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_give_forward_contact_id"))

    op.drop_table("give_forward")
    op.drop_table("contact_tags")
    with op.batch_alter_table("contact_phones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_phones_contact_id"))

    op.drop_table("contact_phones")
    with op.batch_alter_table("contact_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_events_contact_id"))

    op.drop_table("contact_events")
    with op.batch_alter_table("contact_emails", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_emails_email_key"))

    op.drop_table("contact_emails")
    with op.batch_alter_table("campaign_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_members_contact_id"))

    op.drop_table("campaign_members")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_referred_by_id"))
        batch_op.drop_index(batch_op.f("ix_contacts_last_interaction_at"))
        batch_op.drop_index("ix_contacts_job_changed_on")
        batch_op.drop_index("uq_contacts_linkedin_url")
        batch_op.drop_index("ix_contacts_full_name")
        batch_op.drop_index(
            "ix_contacts_cooldown_until",
            sqlite_where=sa.text("cooldown_until IS NOT NULL"),
            postgresql_where=sa.text("cooldown_until IS NOT NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_contacts_company_id"))
        batch_op.drop_index("ix_contacts_call_state")

    op.drop_table("contacts")
    op.drop_table("tags")
    op.drop_table("settings")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batches_fingerprint"))

    op.drop_table("import_batches")
    op.drop_table("companies")
    op.drop_table("campaigns")
