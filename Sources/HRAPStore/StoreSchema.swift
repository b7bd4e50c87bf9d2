import SQLiteStore

/// The database schema's history. Append new migrations; never edit a released one.
enum StoreSchema {
    static let migrator = Migrator([
        .init(name: "v1 plans, progress and audit log", sql: version1),
        .init(name: "v2 audit rows for bulk imports", sql: version2),
        .init(name: "v3 score snapshots", sql: version3),
        .init(name: "v4 not-applicable marks", sql: version4),
        .init(name: "v5 imported frameworks", sql: version5),
        .init(name: "v6 assessment rounds", sql: version6),
        .init(name: "v7 reporting rhythm of plans", sql: version7),
        .init(name: "v8 what real plans record", sql: version8),
        .init(name: "v9 standards of fields of action", sql: version9),
        .init(name: "v10 bodies with several roles", sql: version10),
        .init(
            name: "v11 open-ended plans, plan indicators, qualitative targets, packages", sql: version11,
            rebuildsTables: true),
        .init(name: "v12 access tokens of the HTTP service", sql: version12),
        .init(name: "v13 approval before publication", sql: version13),
        .init(name: "v14 measurements read from their key index alone", sql: version14),
        .init(name: "v15 the city's own words for its reports", sql: version15),
        .init(name: "v16 derived indicators", sql: "ALTER TABLE indicators ADD COLUMN derived TEXT;"),
        .init(name: "v17 values measured by a new definition or method", sql: version17),
        .init(
            name: "v18 one-off indicators", sql: "ALTER TABLE indicators ADD COLUMN one_off INTEGER NOT NULL DEFAULT 0;"
        ),
        .init(name: "v19 the period a report covers", sql: "ALTER TABLE reports ADD COLUMN period_end TEXT;"),
        .init(name: "v20 continuing measures and their yearly commitments", sql: version20),
        .init(name: "v21 entries that are not measures", sql: "ALTER TABLE actions ADD COLUMN not_a_measure TEXT;"),
        .init(
            name: "v22 evaluations of a predecessor plan",
            sql: "ALTER TABLE evaluations ADD COLUMN of_predecessor INTEGER NOT NULL DEFAULT 0;"),
        .init(name: "v23 translated titles", sql: version23),
        .init(name: "v24 who a report was presented to", sql: "ALTER TABLE reports ADD COLUMN audiences TEXT;"),
        .init(
            name: "v25 measures that continue a predecessor's",
            sql: "ALTER TABLE actions ADD COLUMN \"continues\" TEXT;"),
        .init(name: "v26 measures directly under a field of action", sql: version26, rebuildsTables: true),
        .init(name: "v27 people's accounts, one-time links and stored sessions", sql: version27),
        .init(name: "v28 published annual reports", sql: version28),
        .init(name: "v29 retired records", sql: version29),
    ])

    /// Columns every record table has: who wrote it and when.
    private static let metadata = """
        created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL
        """

    /// Code-identified records of a plan share this head.
    private static let planRecord = """
        id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), code TEXT NOT NULL
        """

    /// Triggers that refuse UPDATE and DELETE on a table, with the message users see.
    private static func immutable(_ table: String, because message: String) -> String {
        """
        CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
          BEGIN SELECT RAISE(ABORT, '\(message)'); END;
        CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
          BEGIN SELECT RAISE(ABORT, '\(message)'); END;
        """
    }

    /// Triggers that refuse UPDATE and DELETE on an append-only table of progress data.
    private static func appendOnly(_ table: String) -> String {
        immutable(table, because: "\(table) are append-only: record a correction instead")
    }

    private static func references(_ column: String, _ table: String) -> String {
        "FOREIGN KEY (plan_id, \"\(column)\") REFERENCES \(table)(plan_id, code) DEFERRABLE INITIALLY DEFERRED"
    }

    /// The audit log's triggers: it is append-only.
    private static let auditLogTriggers = immutable("audit_log", because: "the audit log is append-only")

    /// Adds the `import` operation: one audit row for a spreadsheet of measurements or progress updates, whose rows
    /// carry their own `recorded_at` and `recorded_by`. SQLite cannot change a CHECK, so the table is rebuilt.
    static let version2 = """
        CREATE TABLE audit_log_v2 (
          id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,
          operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'append', 'import')),
          entity TEXT NOT NULL, entity_id INTEGER NOT NULL, plan TEXT, label TEXT NOT NULL, before TEXT, after TEXT);
        INSERT INTO audit_log_v2 SELECT id, at, actor, operation, entity, entity_id, plan, label, before, after FROM audit_log;
        DROP TABLE audit_log;
        ALTER TABLE audit_log_v2 RENAME TO audit_log;
        CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
        \(auditLogTriggers)
        """

    /// Saved score cards: immutable, so that next year's report can compare with them.
    static let version3 = """
        CREATE TABLE score_snapshots (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), framework TEXT NOT NULL,
          framework_version TEXT NOT NULL, as_of TEXT NOT NULL, index_value REAL, card TEXT NOT NULL,
          saved_at TEXT NOT NULL, saved_by TEXT NOT NULL);
        CREATE INDEX score_snapshots_plan ON score_snapshots (plan_id, as_of);
        \(immutable("score_snapshots", because: "score snapshots are immutable: save a new one"))
        """

    /// Encouragements and criteria outside a government's competence, with the reason.
    static let version4 = """
        CREATE TABLE not_applicable (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), framework TEXT NOT NULL,
          encouragement INTEGER NOT NULL, criterion TEXT, reason TEXT NOT NULL, \(metadata));
        CREATE UNIQUE INDEX not_applicable_key ON not_applicable (plan_id, framework, encouragement, coalesce(criterion, ''));
        """

    /// Frameworks users import (e.g. the official text as a new version); a version, once imported, never changes.
    static let version5 = """
        CREATE TABLE frameworks (
          id INTEGER PRIMARY KEY, framework TEXT NOT NULL, version TEXT NOT NULL, definition TEXT NOT NULL,
          imported_at TEXT NOT NULL, imported_by TEXT NOT NULL, UNIQUE (framework, version));
        \(immutable("frameworks", because: "an imported framework version never changes: import a new version"))
        """

    /// Refuses new rows in a table whose round (found by `round`, an expression over NEW) is finalised.
    private static func closedWhenFinalised(_ table: String, round: String) -> String {
        """
        CREATE TRIGGER \(table)_round_open BEFORE INSERT ON \(table)
          WHEN (SELECT status FROM assessments WHERE id = \(round)) = 'finalised'
          BEGIN SELECT RAISE(ABORT, 'the assessment round is finalised: reopen it as a new version'); END;
        """
    }

    /// Assessment rounds: one row per version; reviewers, sheets, ratings and recommendations of a version. A
    /// finalised version, a submitted sheet and every rating never change; a rating is superseded by a newer one.
    /// The reporting rhythm a plan sets (report criteria are scored against it).
    static let version7 = """
        ALTER TABLE plans ADD COLUMN reporting_interval_months INTEGER;
        """

    /// What real plans record: events over several days, notes on budget lines, the unit hierarchy, and a
    /// predecessor that is not in the database.
    static let version8 = """
        ALTER TABLE participation_events ADD COLUMN end_date TEXT;
        ALTER TABLE budget_lines ADD COLUMN note TEXT;
        ALTER TABLE org_units ADD COLUMN parent TEXT;
        ALTER TABLE plans ADD COLUMN predecessor_title TEXT;
        ALTER TABLE plans ADD COLUMN predecessor_url TEXT;
        """

    /// Standards cited by a whole field of action (a JSON list, like the other records' standards).
    static let version9 = """
        ALTER TABLE fields ADD COLUMN standards TEXT;
        """

    /// Bodies that do more than one thing, and whether a body co-decides.
    static let version10 = """
        ALTER TABLE bodies ADD COLUMN also_roles TEXT;
        ALTER TABLE bodies ADD COLUMN co_decision INTEGER NOT NULL DEFAULT 0;
        """

    /// Open-ended plans (no period end; a review date), a plan's language and a note on its sources, indicators of the
    /// whole plan, qualitative targets (a target in words; measurements carrying the officer's judged status instead of
    /// a value) and budget packages for a field or the plan. SQLite cannot relax NOT NULL or change a CHECK, so these
    /// tables are rebuilt (with foreign keys off, see ``Migrator``); every row, id and history is copied as it was.
    /// Budget lines keep a unique key that treats a missing action or field as one value, and gain an index on the
    /// plain columns, which the lookup by identity (`"action" IS ?`) can use. The audit log is rebuilt too, so that its
    /// CHECK no longer builds a temporary index for every row written (``oneOf(_:_:)``).
    static let version11 = """
        CREATE TABLE plans_v11 (
          id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,
          government TEXT NOT NULL REFERENCES governments(code) DEFERRABLE INITIALLY DEFERRED,
          title TEXT NOT NULL, kind TEXT NOT NULL, theme TEXT, period_start TEXT NOT NULL, period_end TEXT,
          status TEXT NOT NULL, adopted_by TEXT, adoption_date TEXT, legal_basis TEXT, legal_basis_url TEXT,
          predecessor TEXT, coordinating_body TEXT, documents TEXT, published INTEGER NOT NULL, \(metadata),
          reporting_interval_months INTEGER, predecessor_title TEXT, predecessor_url TEXT, review_date TEXT,
          language TEXT, note TEXT);
        INSERT INTO plans_v11 (
          id, code, government, title, kind, theme, period_start, period_end, status, adopted_by, adoption_date,
          legal_basis, legal_basis_url, predecessor, coordinating_body, documents, published, created_at, created_by,
          updated_at, updated_by, reporting_interval_months, predecessor_title, predecessor_url)
        SELECT id, code, government, title, kind, theme, period_start, period_end, status, adopted_by, adoption_date,
          legal_basis, legal_basis_url, predecessor, coordinating_body, documents, published, created_at, created_by,
          updated_at, updated_by, reporting_interval_months, predecessor_title, predecessor_url FROM plans;
        DROP TABLE plans;
        ALTER TABLE plans_v11 RENAME TO plans;

        CREATE TABLE indicators_v11 (
          \(planRecord), objective TEXT, "action" TEXT, name TEXT NOT NULL, type TEXT NOT NULL,
          value_type TEXT NOT NULL, unit TEXT, direction TEXT NOT NULL, baseline_value REAL, baseline_date TEXT,
          target_value REAL, target_date TEXT, milestones TEXT, data_source TEXT, frequency_months INTEGER,
          disaggregation TEXT, note TEXT, standards TEXT, external_id TEXT, \(metadata), target_text TEXT,
          UNIQUE (plan_id, code), UNIQUE (plan_id, external_id), CHECK (objective IS NULL OR "action" IS NULL),
          \(references("objective", "objectives")), \(references("action", "actions")));
        INSERT INTO indicators_v11 (\(indicatorColumns)) SELECT \(indicatorColumns) FROM indicators;
        DROP TABLE indicators;
        ALTER TABLE indicators_v11 RENAME TO indicators;

        CREATE TABLE budget_lines_v11 (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), "action" TEXT, field TEXT,
          fiscal_year INTEGER NOT NULL, planned REAL, allocated REAL, spent REAL, currency TEXT NOT NULL,
          funding_source TEXT NOT NULL, budget_code TEXT, external_id TEXT, \(metadata), note TEXT,
          UNIQUE (plan_id, external_id), CHECK ("action" IS NULL OR field IS NULL),
          \(references("action", "actions")), \(references("field", "fields")));
        INSERT INTO budget_lines_v11 (\(budgetColumns)) SELECT \(budgetColumns) FROM budget_lines;
        DROP TABLE budget_lines;
        ALTER TABLE budget_lines_v11 RENAME TO budget_lines;
        CREATE UNIQUE INDEX budget_lines_key ON budget_lines (
          plan_id, coalesce("action", ''), coalesce(field, ''), fiscal_year, funding_source, coalesce(budget_code, ''));
        CREATE INDEX budget_lines_action ON budget_lines (plan_id, "action", fiscal_year);

        CREATE TABLE measurements_v11 (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), indicator TEXT NOT NULL,
          period_start TEXT, date TEXT NOT NULL, value REAL, disaggregation TEXT, source TEXT, note TEXT,
          evidence_url TEXT, public INTEGER NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,
          \(metadata), judged_status TEXT CHECK (\(oneOf("judged_status", ["achieved", "on_track", "at_risk", "off_track"]))),
          CHECK ((value IS NULL) <> (judged_status IS NULL)), \(references("indicator", "indicators")));
        INSERT INTO measurements_v11 (\(measurementColumns)) SELECT \(measurementColumns) FROM measurements;
        DROP TABLE measurements;
        ALTER TABLE measurements_v11 RENAME TO measurements;
        CREATE INDEX measurements_key ON measurements (plan_id, indicator, date, recorded_at);
        \(appendOnly("measurements"))

        CREATE TABLE audit_log_v11 (
          id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,
          operation TEXT NOT NULL CHECK (\(oneOf("operation", ["create", "update", "append", "import"]))),
          entity TEXT NOT NULL, entity_id INTEGER NOT NULL, plan TEXT, label TEXT NOT NULL, before TEXT, after TEXT);
        INSERT INTO audit_log_v11 SELECT id, at, actor, operation, entity, entity_id, plan, label, before, after FROM audit_log;
        DROP TABLE audit_log;
        ALTER TABLE audit_log_v11 RENAME TO audit_log;
        CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
        \(auditLogTriggers)
        """

    /// Adds the `retire` operation: a record removed from its plan, whose last version the audit row keeps.
    static let version29 = """
        CREATE TABLE audit_log_v29 (
          id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,
          operation TEXT NOT NULL CHECK (\(oneOf("operation", ["create", "update", "append", "import", "retire"]))),
          entity TEXT NOT NULL, entity_id INTEGER NOT NULL, plan TEXT, label TEXT NOT NULL, before TEXT, after TEXT);
        INSERT INTO audit_log_v29 SELECT id, at, actor, operation, entity, entity_id, plan, label, before, after FROM audit_log;
        DROP TABLE audit_log;
        ALTER TABLE audit_log_v29 RENAME TO audit_log;
        CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
        \(auditLogTriggers)
        """

    /// Access tokens of `hrap serve`: only a token's SHA-256 is stored. A token is revoked by setting `revoked_at`,
    /// never deleted, so the audit log's names stay explained.
    static let version12 = """
        CREATE TABLE access_tokens (
          id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
          role TEXT NOT NULL CHECK (\(oneOf("role", ["admin", "officer", "reviewer", "viewer"]))),
          government TEXT, reviewer TEXT, hash TEXT NOT NULL UNIQUE, expires_at TEXT,
          created_at TEXT NOT NULL, created_by TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT,
          CHECK ((role = 'officer') = (government IS NOT NULL)), CHECK ((role = 'reviewer') = (reviewer IS NOT NULL)));
        CREATE TRIGGER access_tokens_no_delete BEFORE DELETE ON access_tokens
          BEGIN SELECT RAISE(ABORT, 'tokens are revoked, never deleted'); END;
        CREATE TRIGGER access_tokens_revoke_only BEFORE UPDATE ON access_tokens
          WHEN OLD.revoked_at IS NOT NULL OR NEW.name IS NOT OLD.name OR NEW.role IS NOT OLD.role
            OR NEW.hash IS NOT OLD.hash OR NEW.government IS NOT OLD.government OR NEW.reviewer IS NOT OLD.reviewer
          BEGIN SELECT RAISE(ABORT, 'a token can only be revoked, once'); END;
        """

    /// Approval before publication: a plan may require it; an officer's measurement or progress update on such a
    /// plan is kept as a submission until another officer of the government or an admin approves it (then it is
    /// appended to its table, `entry_id` naming the row) or rejects it with a reason. A submission is never deleted
    /// and is decided once.
    static let version13 = """
        ALTER TABLE plans ADD COLUMN requires_approval INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE submissions (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id),
          entity TEXT NOT NULL CHECK (\(oneOf("entity", ["measurement", "progress_update"]))),
          label TEXT NOT NULL, record TEXT NOT NULL, submitted_at TEXT NOT NULL, submitted_by TEXT NOT NULL,
          decision TEXT CHECK (decision IS NULL OR \(oneOf("decision", ["approved", "rejected"]))),
          reason TEXT, decided_at TEXT, decided_by TEXT, entry_id INTEGER,
          CHECK ((decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL) = (decided_by IS NULL)),
          CHECK (decision IS NOT 'rejected' OR reason IS NOT NULL));
        CREATE INDEX submissions_plan ON submissions (plan_id, decision);
        CREATE TRIGGER submissions_no_delete BEFORE DELETE ON submissions
          BEGIN SELECT RAISE(ABORT, 'submissions are never deleted'); END;
        CREATE TRIGGER submissions_decided_once BEFORE UPDATE ON submissions
          WHEN OLD.decision IS NOT NULL OR NEW.record IS NOT OLD.record OR NEW.entity IS NOT OLD.entity
            OR NEW.plan_id IS NOT OLD.plan_id OR NEW.submitted_by IS NOT OLD.submitted_by
            OR NEW.submitted_at IS NOT OLD.submitted_at
          BEGIN SELECT RAISE(ABORT, 'a submission is decided once and never changed otherwise'); END;
        """

    /// `column = 'a' OR column = 'b' …`: a CHECK written with `IN (…)` makes SQLite build a temporary index for every
    /// row inserted, which tripled the cost of a measurement insert.
    private static func oneOf(_ column: String, _ words: [String]) -> String {
        words.map { "\(column) = '\($0)'" }.joined(separator: " OR ")
    }

    private static let indicatorColumns = """
        id, plan_id, code, objective, "action", name, type, value_type, unit, direction, baseline_value, baseline_date,
        target_value, target_date, milestones, data_source, frequency_months, disaggregation, note, standards,
        external_id, created_at, created_by, updated_at, updated_by
        """

    private static let budgetColumns = """
        id, plan_id, "action", fiscal_year, planned, allocated, spent, currency, funding_source, budget_code,
        external_id, created_at, created_by, updated_at, updated_by, note
        """

    private static let measurementColumns = """
        id, plan_id, indicator, period_start, date, value, disaggregation, source, note, evidence_url, public,
        recorded_at, recorded_by, created_at, created_by, updated_at, updated_by
        """

    static let version6 = """
        CREATE TABLE assessments (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), code TEXT NOT NULL,
          version INTEGER NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('self', 'peer', 'external')),
          framework TEXT NOT NULL, framework_version TEXT NOT NULL, as_of TEXT NOT NULL,
          automatic_weight REAL NOT NULL CHECK (automatic_weight BETWEEN 0 AND 1), blind INTEGER NOT NULL,
          self_assessment TEXT, coordinator TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('open', 'in_review', 'finalised')),
          opened_at TEXT NOT NULL, opened_by TEXT NOT NULL, finalised_at TEXT, finalised_by TEXT,
          UNIQUE (plan_id, code, version));
        CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments
          BEGIN SELECT RAISE(ABORT, 'assessment rounds are never deleted'); END;
        CREATE TRIGGER assessments_finalised BEFORE UPDATE ON assessments WHEN OLD.status = 'finalised'
          BEGIN SELECT RAISE(ABORT, 'a finalised assessment round never changes: reopen it as a new version'); END;
        CREATE TABLE assessment_reviewers (
          id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessments(id), code TEXT NOT NULL,
          name TEXT NOT NULL, affiliation TEXT NOT NULL, home_city TEXT NOT NULL, conflict_of_interest TEXT NOT NULL,
          invited_at TEXT NOT NULL, invited_by TEXT NOT NULL, UNIQUE (assessment_id, code));
        \(immutable("assessment_reviewers", because: "invitations are never changed"))
        \(closedWhenFinalised("assessment_reviewers", round: "NEW.assessment_id"))
        CREATE TABLE review_sheets (
          id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessments(id), reviewer TEXT NOT NULL,
          number INTEGER NOT NULL, started_at TEXT NOT NULL, started_by TEXT NOT NULL, submitted_at TEXT, submitted_by TEXT,
          UNIQUE (assessment_id, reviewer, number),
          FOREIGN KEY (assessment_id, reviewer) REFERENCES assessment_reviewers(assessment_id, code));
        CREATE TRIGGER review_sheets_no_delete BEFORE DELETE ON review_sheets
          BEGIN SELECT RAISE(ABORT, 'rating sheets are never deleted'); END;
        CREATE TRIGGER review_sheets_submitted BEFORE UPDATE ON review_sheets
          WHEN OLD.submitted_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.assessment_id IS NOT OLD.assessment_id
            OR NEW.reviewer IS NOT OLD.reviewer OR NEW.number IS NOT OLD.number
          BEGIN SELECT RAISE(ABORT, 'a submitted sheet is never edited: submit a new one that supersedes it'); END;
        \(closedWhenFinalised("review_sheets", round: "NEW.assessment_id"))
        CREATE TABLE ratings (
          id INTEGER PRIMARY KEY, sheet_id INTEGER NOT NULL REFERENCES review_sheets(id),
          encouragement INTEGER NOT NULL, level INTEGER CHECK (level BETWEEN 0 AND 4), not_assessable TEXT,
          rationale TEXT NOT NULL, evidence TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,
          CHECK ((level IS NULL) <> (not_assessable IS NULL)));
        CREATE INDEX ratings_sheet ON ratings (sheet_id, encouragement);
        CREATE TABLE follow_up_ratings (
          id INTEGER PRIMARY KEY, sheet_id INTEGER NOT NULL REFERENCES review_sheets(id), recommendation TEXT NOT NULL,
          implementation TEXT NOT NULL CHECK (implementation IN ('implemented', 'largely', 'partly', 'not_implemented')),
          rationale TEXT NOT NULL, evidence TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL);
        CREATE INDEX follow_up_ratings_sheet ON follow_up_ratings (sheet_id, recommendation);
        \(["ratings", "follow_up_ratings"].map { table in
            immutable(table, because: "ratings are never changed: record a new one, which supersedes it") + """

            CREATE TRIGGER \(table)_sheet_open BEFORE INSERT ON \(table)
              WHEN (SELECT submitted_at FROM review_sheets WHERE id = NEW.sheet_id) IS NOT NULL
              BEGIN SELECT RAISE(ABORT, 'the sheet is submitted: start a new one that supersedes it'); END;
            \(closedWhenFinalised(table, round: "(SELECT assessment_id FROM review_sheets WHERE id = NEW.sheet_id)"))
            """
        }.joined(separator: "\n"))
        CREATE TABLE recommendations (
          id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessments(id), code TEXT NOT NULL,
          encouragement INTEGER NOT NULL, text TEXT NOT NULL, reviewer TEXT, objectives TEXT, actions TEXT,
          created_at TEXT NOT NULL, created_by TEXT NOT NULL, UNIQUE (assessment_id, code));
        \(immutable("recommendations", because: "recommendations are never changed"))
        \(closedWhenFinalised("recommendations", round: "NEW.assessment_id"))
        CREATE TABLE recommendation_responses (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), recommendation TEXT NOT NULL,
          decision TEXT NOT NULL CHECK (decision IN ('accepted', 'partially_accepted', 'rejected')), reason TEXT NOT NULL,
          follow_up_actions TEXT, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL);
        \(immutable("recommendation_responses", because: "responses are never changed: record a new one, which supersedes it"))
        """

    static let version1 = """
        CREATE TABLE governments (
          id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, country TEXT NOT NULL,
          level TEXT NOT NULL, population INTEGER, networks TEXT, \(metadata));
        CREATE TABLE plans (
          id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,
          government TEXT NOT NULL REFERENCES governments(code) DEFERRABLE INITIALLY DEFERRED,
          title TEXT NOT NULL, kind TEXT NOT NULL, theme TEXT, period_start TEXT NOT NULL, period_end TEXT NOT NULL,
          status TEXT NOT NULL, adopted_by TEXT, adoption_date TEXT, legal_basis TEXT, legal_basis_url TEXT,
          predecessor TEXT, coordinating_body TEXT, documents TEXT, published INTEGER NOT NULL, \(metadata));
        CREATE TABLE org_units (
          \(planRecord), name TEXT NOT NULL, kind TEXT NOT NULL, \(metadata), UNIQUE (plan_id, code));
        CREATE TABLE standards (
          \(planRecord), type TEXT NOT NULL, label TEXT NOT NULL, url TEXT, \(metadata), UNIQUE (plan_id, code));
        CREATE TABLE fields (
          \(planRecord), title TEXT NOT NULL, description TEXT, \(metadata), UNIQUE (plan_id, code));
        CREATE TABLE objectives (
          \(planRecord), field TEXT NOT NULL, title TEXT NOT NULL, rationale TEXT, rights_holder_groups TEXT,
          standards TEXT, \(metadata), UNIQUE (plan_id, code), \(references("field", "fields")));
        CREATE TABLE actions (
          \(planRecord), objective TEXT NOT NULL, title TEXT NOT NULL, description TEXT, lead_unit TEXT,
          partner_units TEXT, start_date TEXT, end_date TEXT, status TEXT NOT NULL, competence TEXT NOT NULL,
          hrba TEXT, standards TEXT, external_id TEXT, \(metadata), UNIQUE (plan_id, code),
          UNIQUE (plan_id, external_id), \(references("objective", "objectives")), \(references("lead_unit", "org_units")));
        CREATE TABLE indicators (
          \(planRecord), objective TEXT, "action" TEXT, name TEXT NOT NULL, type TEXT NOT NULL,
          value_type TEXT NOT NULL, unit TEXT, direction TEXT NOT NULL, baseline_value REAL, baseline_date TEXT,
          target_value REAL, target_date TEXT, milestones TEXT, data_source TEXT, frequency_months INTEGER,
          disaggregation TEXT, note TEXT, standards TEXT, external_id TEXT, \(metadata), UNIQUE (plan_id, code),
          UNIQUE (plan_id, external_id), CHECK ((objective IS NULL) <> ("action" IS NULL)),
          \(references("objective", "objectives")), \(references("action", "actions")));
        CREATE TABLE budget_lines (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), "action" TEXT NOT NULL,
          fiscal_year INTEGER NOT NULL, planned REAL, allocated REAL, spent REAL, currency TEXT NOT NULL,
          funding_source TEXT NOT NULL, budget_code TEXT, external_id TEXT, \(metadata),
          UNIQUE (plan_id, external_id), \(references("action", "actions")));
        CREATE UNIQUE INDEX budget_lines_key
          ON budget_lines (plan_id, "action", fiscal_year, funding_source, coalesce(budget_code, ''));
        CREATE TABLE participation_events (
          \(planRecord), title TEXT NOT NULL, date TEXT NOT NULL, phase TEXT NOT NULL, format TEXT NOT NULL,
          stakeholder_groups TEXT, participants INTEGER, accessibility TEXT, feedback_url TEXT, \(metadata),
          UNIQUE (plan_id, code));
        CREATE TABLE bodies (
          \(planRecord), name TEXT NOT NULL, role TEXT NOT NULL, internal_members INTEGER, external_members INTEGER,
          meetings TEXT, \(metadata), UNIQUE (plan_id, code));
        CREATE TABLE reports (
          \(planRecord), title TEXT NOT NULL, date TEXT NOT NULL, type TEXT NOT NULL, url TEXT,
          presented_to_council INTEGER NOT NULL, languages TEXT, easy_read INTEGER NOT NULL, \(metadata),
          UNIQUE (plan_id, code));
        CREATE TABLE evaluations (
          \(planRecord), title TEXT NOT NULL, stage TEXT NOT NULL, evaluator TEXT NOT NULL, date TEXT NOT NULL,
          url TEXT, recommendations TEXT, \(metadata), UNIQUE (plan_id, code));
        CREATE TABLE measurements (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), indicator TEXT NOT NULL,
          period_start TEXT, date TEXT NOT NULL, value REAL NOT NULL, disaggregation TEXT, source TEXT, note TEXT,
          evidence_url TEXT, public INTEGER NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,
          \(metadata), \(references("indicator", "indicators")));
        CREATE INDEX measurements_key ON measurements (plan_id, indicator, date, recorded_at);
        CREATE TABLE progress_updates (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), "action" TEXT NOT NULL,
          date TEXT NOT NULL, status TEXT NOT NULL, percent_complete INTEGER, narrative TEXT, evidence_urls TEXT,
          public INTEGER NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, \(metadata),
          \(references("action", "actions")));
        CREATE INDEX progress_updates_key ON progress_updates (plan_id, "action", date, recorded_at);
        CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,
          operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'append')),
          entity TEXT NOT NULL, entity_id INTEGER NOT NULL, plan TEXT, label TEXT NOT NULL, before TEXT, after TEXT);
        CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
        \(appendOnly("measurements"))
        \(appendOnly("progress_updates"))
        \(auditLogTriggers)
        """

    /// The measurements' key index covers what scoring and progress read (``MeasurementScan``), so a plan's values
    /// are read from the index in key order without a lookup of each row: at a million values, `hrap score` in 0.7 s
    /// instead of 1.7 s, for a file about a tenth larger. Its leading columns serve the key lookups as before.
    static let version14 = """
        DROP INDEX measurements_key;
        CREATE INDEX measurements_key ON measurements
          (plan_id, indicator, date, period_start, disaggregation, recorded_at, value, judged_status);
        """

    /// A value may follow a new definition or method (it is not compared with earlier values); the key index covers
    /// everything the facts read, that flag and the public one included.
    static let version17 = """
        ALTER TABLE measurements ADD COLUMN new_method INTEGER NOT NULL DEFAULT 0;
        DROP INDEX measurements_key;
        CREATE INDEX measurements_key ON measurements
          (plan_id, indicator, date, period_start, disaggregation, recorded_at, value, judged_status, public,
          new_method);
        """

    /// The city's own words for its reports, append-only like progress data.
    /// An action sits under an objective or, in a plan without that level, directly under a field of action: the
    /// objective may be empty, so the table is rebuilt (SQLite cannot drop a NOT NULL).
    static let version26 = """
        CREATE TABLE actions_v26 (
          \(planRecord), objective TEXT, field TEXT, title TEXT NOT NULL, description TEXT, lead_unit TEXT,
          partner_units TEXT, start_date TEXT, end_date TEXT, status TEXT NOT NULL, competence TEXT NOT NULL,
          hrba TEXT, standards TEXT, external_id TEXT, \(metadata), continuing INTEGER NOT NULL DEFAULT 0,
          not_a_measure TEXT, title_translations TEXT, "continues" TEXT, UNIQUE (plan_id, code),
          UNIQUE (plan_id, external_id), CHECK ((objective IS NULL) <> (field IS NULL)),
          \(references("objective", "objectives")), \(references("field", "fields")),
          \(references("lead_unit", "org_units")));
        INSERT INTO actions_v26 (\(actionColumns)) SELECT \(actionColumns) FROM actions;
        DROP TABLE actions;
        ALTER TABLE actions_v26 RENAME TO actions;
        """

    private static let actionColumns = """
        id, plan_id, code, objective, title, description, lead_unit, partner_units, start_date, end_date, status,
        competence, hrba, standards, external_id, created_at, created_by, updated_at, updated_by, continuing,
        not_a_measure, title_translations, "continues"
        """

    /// Titles and indicator names in other languages, as JSON maps by language tag.
    static let version23 = """
        ALTER TABLE plans ADD COLUMN title_translations TEXT;
        ALTER TABLE fields ADD COLUMN title_translations TEXT;
        ALTER TABLE objectives ADD COLUMN title_translations TEXT;
        ALTER TABLE actions ADD COLUMN title_translations TEXT;
        ALTER TABLE indicators ADD COLUMN name_translations TEXT;
        """

    /// Continuing measures and their commitments per year, append-only like progress data.
    static let version20 = """
        ALTER TABLE actions ADD COLUMN continuing INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE commitments (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), "action" TEXT NOT NULL,
          year INTEGER NOT NULL, commitments TEXT NOT NULL, percent_met INTEGER, note TEXT, recorded_at TEXT NOT NULL,
          recorded_by TEXT NOT NULL, \(metadata), \(references("action", "actions")));
        CREATE INDEX commitments_key ON commitments (plan_id, "action", year, recorded_at);
        \(appendOnly("commitments"))
        """

    static let version15 = """
        CREATE TABLE narratives (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), year INTEGER NOT NULL,
          part TEXT NOT NULL, subject TEXT, text TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,
          \(metadata));
        CREATE INDEX narratives_key ON narratives (plan_id, year, part, subject, recorded_at);
        \(appendOnly("narratives"))
        """

    /// People: an account per person with its grants (`officer:GOV`, `reviewer:ID`, `viewer`, `viewer:GOV`, `admin`);
    /// one-time links (invitation, reset) stored as hashes; browser sessions stored as hashes so that they survive a
    /// restart; tokens owned by a person. Accounts are disabled, never deleted; links are used or withdrawn once.
    static let version27 = """
        CREATE TABLE accounts (
          id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE, display_name TEXT NOT NULL,
          state TEXT NOT NULL CHECK (\(oneOf("state", ["invited", "active", "disabled"]))), password_hash TEXT,
          created_at TEXT NOT NULL, created_by TEXT NOT NULL, changed_at TEXT NOT NULL, changed_by TEXT NOT NULL);
        CREATE TABLE account_grants (
          account INTEGER NOT NULL REFERENCES accounts(id), position INTEGER NOT NULL,
          role TEXT NOT NULL CHECK (\(oneOf("role", ["admin", "officer", "reviewer", "viewer"]))),
          government TEXT, reviewer TEXT, PRIMARY KEY (account, position),
          CHECK ((role = 'officer') <= (government IS NOT NULL)), CHECK ((role = 'reviewer') = (reviewer IS NOT NULL)));
        CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
          BEGIN SELECT RAISE(ABORT, 'accounts are disabled, never deleted'); END;
        CREATE TABLE account_links (
          id INTEGER PRIMARY KEY, account INTEGER NOT NULL REFERENCES accounts(id),
          purpose TEXT NOT NULL CHECK (\(oneOf("purpose", ["invitation", "reset"]))), hash TEXT NOT NULL UNIQUE,
          created_at TEXT NOT NULL, created_by TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT);
        CREATE INDEX account_links_account ON account_links (account);
        CREATE TRIGGER account_links_once BEFORE UPDATE ON account_links
          WHEN OLD.used_at IS NOT NULL OR NEW.hash IS NOT OLD.hash OR NEW.account IS NOT OLD.account
          BEGIN SELECT RAISE(ABORT, 'a link is used once'); END;
        CREATE TABLE sessions (
          id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, account INTEGER REFERENCES accounts(id), token_hash TEXT,
          csrf TEXT NOT NULL, method TEXT NOT NULL, client TEXT NOT NULL, created_at TEXT NOT NULL,
          last_seen_at TEXT NOT NULL, ended_at TEXT, CHECK ((account IS NULL) <> (token_hash IS NULL)));
        CREATE INDEX sessions_account ON sessions (account) WHERE ended_at IS NULL;
        ALTER TABLE access_tokens ADD COLUMN owner INTEGER REFERENCES accounts(id);
        """

    /// Published annual reports: frozen files that never change, and a withdrawal (when, who, why) set once. At most
    /// one publication of a year is live (not withdrawn).
    static let version28 = """
        CREATE TABLE report_publications (
          id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id), year INTEGER NOT NULL,
          as_of TEXT NOT NULL, published_at TEXT NOT NULL, published_by TEXT NOT NULL,
          withdrawn_at TEXT, withdrawn_by TEXT, withdrawal_reason TEXT);
        CREATE UNIQUE INDEX report_publications_live ON report_publications (plan_id, year) WHERE withdrawn_at IS NULL;
        CREATE TABLE report_files (
          publication INTEGER NOT NULL REFERENCES report_publications(id), path TEXT NOT NULL,
          content_type TEXT NOT NULL, body BLOB NOT NULL, PRIMARY KEY (publication, path));
        \(immutable("report_files", because: "published report files never change: withdraw and publish again"))
        CREATE TRIGGER report_publications_no_delete BEFORE DELETE ON report_publications
          BEGIN SELECT RAISE(ABORT, 'a published report is withdrawn, never deleted'); END;
        CREATE TRIGGER report_publications_withdraw_once BEFORE UPDATE ON report_publications
          WHEN OLD.withdrawn_at IS NOT NULL OR NEW.plan_id IS NOT OLD.plan_id OR NEW.year IS NOT OLD.year
            OR NEW.published_at IS NOT OLD.published_at OR NEW.as_of IS NOT OLD.as_of
          BEGIN SELECT RAISE(ABORT, 'a published report can only be withdrawn, once'); END;
        """
}
