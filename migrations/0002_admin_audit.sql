CREATE TABLE "admin_audit" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "admin_audit_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" bigint NOT NULL,
	"lead_id" bigint,
	"field" text NOT NULL,
	"old_value" text,
	"new_value" text,
	CONSTRAINT "admin_audit_entity_check" CHECK ("admin_audit"."entity" in ('lead','interpretation'))
);
--> statement-breakpoint
CREATE INDEX "admin_audit_lead_at_idx" ON "admin_audit" USING btree ("lead_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "admin_audit_at_idx" ON "admin_audit" USING btree ("at" DESC NULLS LAST,"id" DESC NULLS LAST);