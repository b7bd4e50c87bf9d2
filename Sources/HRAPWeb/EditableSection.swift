import HRAPCore
import HRAPUseCases
import JSONCoding

/// One section of a plan as the authoring pages edit it, for any record type that is changed in place: its records
/// with their identities, one record's form and version, and saving a form, all through the service. Built once per
/// record type from its schema (``section(_:)``); the measurements and other append-only sections have forms of
/// their own.
struct EditableSection: Sendable {
    /// One record in a list: its identity as query items, its label, and a line that says what it is.
    struct Item: Sendable {
        let key: [(String, String)]
        let label: String
        let summary: String
    }

    let collection: String
    let entity: String
    let identity: [String]
    let list: @Sendable (_ plan: String, _ request: WebRequest) throws -> [Item]
    /// The form of the record with this key (nil: a new record), and the version the form edits.
    let form: @Sendable (_ plan: String, _ key: [String: String]?, _ request: WebRequest) throws -> (WebForm, String?)
    /// Saves a filled form: creates a record (key nil) or changes the one with the key, given the version read.
    let save:
        @Sendable (_ plan: String, _ key: [String: String]?, _ form: WebForm, _ version: String?, _ request: WebRequest)
            throws -> [(String, String)]
    /// The stored record's form, to show next to the person's own after a conflict.
    let stored: @Sendable (_ plan: String, _ key: [String: String], _ request: WebRequest) throws -> WebForm?
    /// Retires the record with the key, given the version read; nil for sections whose records are superseded, never
    /// retired.
    var retire:
        (@Sendable (_ plan: String, _ key: [String: String], _ version: String?, _ request: WebRequest) throws -> Void)?

    /// Every section changed in place, in plan-file order, then the city's words and yearly commitments (appended:
    /// a changed text supersedes the earlier one, which stays in the history).
    static let all: [EditableSection] =
        PlanFile.recordSections.filter { !$0.isAppendOnly }.map { section($0) } + [
            appended(
                ReportNarrative.self, current: { try $0.service.narratives(plan: $1, as: $0.principal) },
                record: { try $0.service.record($1, plan: $2, as: $0.principal) }),
            appended(
                YearlyCommitment.self, current: { try $0.service.commitments(plan: $1, as: $0.principal) },
                record: { try $0.service.record($1, plan: $2, as: $0.principal) }),
        ]

    /// The section with this collection name.
    static func named(_ collection: String) -> EditableSection? { all.first { $0.collection == collection } }

    static func section<R: PlanRecord>(_ type: R.Type) -> EditableSection {
        EditableSection(
            collection: R.collection, entity: R.schema.entity, identity: R.identity,
            list: { plan, request in
                try request.service.records(R.self, plan: plan, as: request.principal).map { item($0) }
            },
            form: { plan, key, request in
                let record = try key.map { try find(R.self, plan: plan, key: $0, request) }
                let choices = try AuthoringChoices.load(plan: plan, request)
                return (
                    RecordForm.form(R.self, record, choices: choices, request.locale),
                    record.map { HRAPService.etag(R.schema.encode($0)) }
                )
            },
            save: { plan, key, form, version, request in
                let changes = RecordForm.changes(R.self, form, request.locale)
                let identity: [JSONValue?]
                if let key {
                    let record = try find(R.self, plan: plan, key: key, request)
                    identity = R.identity.map { R.schema.field(named: $0)?.get(record) }
                } else {
                    identity = R.identity.map { name in
                        changes.first { $0.0 == name }.flatMap { $0.1 == .null ? nil : $0.1 }
                    }
                }
                let saved = try request.service.saveRecord(
                    R.self, plan: plan, mode: key == nil ? .create : .update, identity: identity, changes: changes,
                    expecting: key == nil ? .none : .some(version), as: request.principal)
                return item(saved.record).key
            },
            stored: { plan, key, request in
                guard let record = try? find(R.self, plan: plan, key: key, request) else { return nil }
                return RecordForm.form(R.self, record, choices: [:], request.locale)
            },
            retire: { plan, key, version, request in
                let record = try find(R.self, plan: plan, key: key, request)
                try request.service.retireRecord(
                    R.self, plan: plan, identity: R.identity.map { R.schema.field(named: $0)?.get(record) },
                    expecting: version, as: request.principal)
            })
    }

    /// A section of appended records: the current ones are listed and edited; saving records a new version through
    /// the service (nothing when it is unchanged), never changing the earlier one.
    static func appended<R: PlanRecord>(
        _ type: R.Type, current: @escaping @Sendable (WebRequest, String) throws -> [R],
        record append: @escaping @Sendable (WebRequest, R, String) throws -> ProgressOutcome
    ) -> EditableSection {
        @Sendable func find(_ plan: String, _ key: [String: String], _ request: WebRequest) throws -> R {
            guard let found = try current(request, plan).first(where: { matches($0, key) }) else {
                throw WebError.notFound
            }
            return found
        }
        return EditableSection(
            collection: R.collection, entity: R.schema.entity, identity: R.identity,
            list: { plan, request in try current(request, plan).map { item($0) } },
            form: { plan, key, request in
                let record = try key.map { try find(plan, $0, request) }
                let choices = try AuthoringChoices.load(plan: plan, request)
                return (RecordForm.form(R.self, record, choices: choices, request.locale), nil)
            },
            save: { plan, key, form, _, request in
                let stored = try key.map { R.schema.encode(try find(plan, $0, request)).members ?? [] } ?? []
                let identity = stored.filter { name, _ in R.identity.contains(name) }
                let record = try RecordForm.record(R.self, form, request.locale, over: identity)
                _ = try append(request, record, plan)
                return item(record).key
            },
            stored: { plan, key, request in
                guard let record = try? find(plan, key, request) else { return nil }
                return RecordForm.form(R.self, record, choices: [:], request.locale)
            })
    }

    private static func matches<R: PlanRecord>(_ record: R, _ key: [String: String]) -> Bool {
        item(record).key.allSatisfy { key[$0.0] ?? "" == $0.1 }
    }

    /// A record's identity as query items, label and summary (its title, name, label or reason).
    private static func item<R: PlanRecord>(_ record: R) -> Item {
        let key = R.identity.map { name in
            (name, R.schema.field(named: name).map { $0.kind.text(from: $0.get(record), .commandLine) } ?? "")
        }
        return Item(key: key, label: R.label(of: record), summary: summary { R.schema.field(named: $0)?.get(record) })
    }

    /// The line that says what a record is: its title, name, label, reason or text, read by `member` (from a stored
    /// record, or from a retired one's last version in the audit).
    static func summary(_ member: (String) -> JSONValue?) -> String {
        ["title", "name", "label", "reason", "text"].compactMap { member($0)?.string }.first ?? ""
    }

    /// The record whose identity fields read as the key's values.
    private static func find<R: PlanRecord>(_ type: R.Type, plan: String, key: [String: String], _ request: WebRequest)
        throws -> R
    {
        let records = try request.service.records(R.self, plan: plan, as: request.principal)
        guard let record = records.first(where: { matches($0, key) }) else {
            throw WebError.notFound
        }
        return record
    }
}

/// The plan's records a form offers where a field names one (``PlanDependants/references``), by section.
enum AuthoringChoices {
    static func load(plan: String, _ request: WebRequest) throws -> [String: [(value: String, label: String)]] {
        let service = request.service, principal = request.principal
        func pairs<R: PlanRecord>(_ type: R.Type, _ title: (R) -> String) throws -> [(value: String, label: String)] {
            try service.records(R.self, plan: plan, as: principal).map {
                (R.label(of: $0), R.label(of: $0) + " " + title($0))
            }
        }
        return [
            "fields": try pairs(FieldOfAction.self) { $0.title },
            "objectives": try pairs(Objective.self) { $0.title },
            "actions": try pairs(Action.self) { $0.title },
            "indicators": try pairs(Indicator.self) { $0.name },
            "org_units": try pairs(OrgUnit.self) { $0.name },
            "standards": try pairs(StandardReference.self) { $0.label },
            "bodies": try pairs(Body.self) { $0.name },
        ]
    }
}
