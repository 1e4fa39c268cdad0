CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interpretations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interpretations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"message_id" bigint NOT NULL,
	"intent" text NOT NULL,
	"sentiment" text NOT NULL,
	"interest_level" text NOT NULL,
	"do_not_contact" boolean NOT NULL,
	"confidence" real NOT NULL,
	"objections" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"key_points" jsonb NOT NULL,
	"entities" jsonb NOT NULL,
	"action" jsonb NOT NULL,
	"method" text NOT NULL,
	"model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interpretations_message_id_unique" UNIQUE("message_id")
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "leads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"phone_e164" text NOT NULL,
	"name" text,
	"company" text,
	"email" text,
	"website" text,
	"status" text DEFAULT 'new' NOT NULL,
	"do_not_contact" boolean DEFAULT false NOT NULL,
	"opted_out_at" timestamp with time zone,
	"source" text DEFAULT 'sms_inbound' NOT NULL,
	"campaign_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_inbound_at" timestamp with time zone,
	CONSTRAINT "leads_phone_e164_unique" UNIQUE("phone_e164"),
	CONSTRAINT "leads_status_check" CHECK ("leads"."status" in ('new','contacted','replied','interested','callback_requested','later','not_interested','wrong_person','unsubscribed')),
	CONSTRAINT "leads_source_check" CHECK ("leads"."source" in ('import','sms_inbound'))
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"lead_id" bigint NOT NULL,
	"campaign_id" text,
	"direction" text NOT NULL,
	"channel" text DEFAULT 'sms' NOT NULL,
	"message_sid" text,
	"idempotency_token" text,
	"from_number" text NOT NULL,
	"to_number" text NOT NULL,
	"body" text NOT NULL,
	"num_media" integer DEFAULT 0 NOT NULL,
	"raw" jsonb,
	"reply_text" text,
	"received_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_message_sid_unique" UNIQUE("message_sid"),
	CONSTRAINT "messages_direction_check" CHECK ("messages"."direction" in ('inbound','outbound'))
);
--> statement-breakpoint
ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interpretations_intent_idx" ON "interpretations" USING btree ("intent");--> statement-breakpoint
CREATE INDEX "leads_last_inbound_at_idx" ON "leads" USING btree ("last_inbound_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "leads_status_idx" ON "leads" USING btree ("status");--> statement-breakpoint
CREATE INDEX "messages_lead_direction_received_idx" ON "messages" USING btree ("lead_id","direction","received_at" DESC NULLS LAST);