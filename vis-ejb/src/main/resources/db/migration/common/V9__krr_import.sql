-- VIS schema, version 9: contact details from KRR are imported once per guardian; which channels
-- may be used for formal notices (the 18-month rule) and whether the guardian is reserved.
ALTER TABLE guardian ADD krr_imported_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE guardian ADD krr_reserved BOOLEAN;
ALTER TABLE guardian ADD krr_mobile_usable BOOLEAN;
ALTER TABLE guardian ADD krr_email_usable BOOLEAN;
CREATE INDEX guardian_krr_pending_ix ON guardian (krr_imported_at, id);
