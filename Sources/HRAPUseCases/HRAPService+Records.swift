import HRAPCore
import HRAPStore
import Hashing
import JSONCoding
import SQLiteStore

extension HRAPService {
    /// All governments.
    public func governments(as principal: Principal) throws -> [Government] {
        return try reading {
            try authorize(principal, .read, .government)
            return try store.governments()
        }
    }

    /// The plans the principal may read (all of them on the command line).
    public func plans(as principal: Principal) throws -> [Plan] {
        return try reading {
            try authorize(principal, .read, .plan)
            return try readable(try store.plans(), by: principal)
        }
    }

    /// The plans of a list the principal may read.
    private func readable(_ plans: [Plan], by principal: Principal) throws -> [Plan] {
        guard policy.needsPlanContext else { return plans }
        return try plans.filter { plan in
            let context = try store.accessFacts(plan: plan.code).map(PlanAccessContext.init)
            return policy.permits(principal, AccessRequest(.read, .plan, plan: plan.code, context: context))
        }
    }

    /// One record by its code: a government, a plan, or a record of a plan.
    package func record<R: IdentifiedRecord>(_ type: R.Type, plan: String?, code: String, as principal: Principal)
        throws
        -> R
    {
        return try writing {
            let resource: AccessRequest.Resource =
                R.self == Government.self ? .government : R.self == Plan.self ? .plan : .planRecord
            try authorize(principal, .read, resource, plan: plan ?? (resource == .plan ? code : nil))
            guard let record = try store.record(R.self, plan: plan, code: code) else {
                throw StoreError.notFound(entity: R.schema.entity, code: code, known: [])
            }
            return record
        }
    }

    /// The records of one section of a plan, in the order they were first recorded.
    package func records<R: PlanRecord>(_ type: R.Type, plan: String, as principal: Principal) throws -> [R] {
        return try reading {
            try authorize(principal, .read, .planRecord, plan: plan)
            return try store.list(R.self, plan: plan)
        }
    }

    /// One page of a collection in the order its records were first recorded, after the position `after` (0: from the
    /// start): governments, the plans the principal may read, or the records of a plan's section. A page of plans may
    /// hold fewer than `limit` (those the principal may not read are left out); `next` continues either way.
    package func records<R: IdentifiedRecord>(
        _ type: R.Type, plan: String?, after: Int64, limit: Int, as principal: Principal
    ) throws -> Page<R> {
        try reading {
            let resource: AccessRequest.Resource =
                R.self == Government.self ? .government : R.self == Plan.self ? .plan : .planRecord
            try authorize(principal, .read, resource, plan: plan)
            let page = try store.page(R.self, plan: plan, after: after, limit: limit)
            guard let plans = page.items as? [Plan] else { return Page(items: page.items, next: page.next) }
            return Page(items: try readable(plans, by: principal).compactMap { $0 as? R }, next: page.next)
        }
    }

    /// Creates or changes a record from field values: for `.update` and `.upsert` the given fields are laid over the
    /// stored record with `identity` (an empty value clears an optional field), all in one transaction.
    ///
    /// - Parameters:
    ///   - plan: the plan of a plan record; nil for governments and plans.
    ///   - identity: the identity fields' values, in the table's identity order (nil for an empty optional field).
    ///   - changes: the fields given, as JSON members named after the fields.
    ///   - etag: when given, the entity tag (``etag(_:)``) of the version the writer read; a record that changed since
    ///     is not written (``ServiceError/changedSinceRead(entity:label:)``), and `.some(nil)` — a version required but
    ///     not given — is refused once the principal may write and the record exists
    ///     (``ServiceError/versionRequired(entity:)``): a missing record is not found first, so that the answer does
    ///     not tell a plan the principal may not read from one that does not exist.
    /// - Throws: ``ServiceError/invalid(_:)`` whose problem paths are field names, ``ServiceError`` for unknown or
    ///   duplicate records.
    @discardableResult
    package func saveRecord<R: IdentifiedRecord>(
        _ type: R.Type, plan: String?, mode: WriteMode, identity: [JSONValue?], changes: [(String, JSONValue)],
        expecting etag: String?? = .none, as principal: Principal
    ) throws -> Saved<R> {
        return try writing {
            let record = try putRecord(
                R.self, plan: plan, mode: mode, identity: identity, changes: changes, expecting: etag, as: principal)
            return Saved(record: record, notices: try notices(after: record, as: principal))
        }
    }

    /// What the user should hear after saving a record: a plan closed with measures still active.
    private func notices<R: IdentifiedRecord>(after record: R, as principal: Principal) throws -> [Notice] {
        guard let plan = record as? Plan, plan.status == .closed else { return [] }
        let active = try activeActions(plan: plan.code, asOf: clock().date, as: principal)
        return active.isEmpty ? [] : [.closedWithActiveMeasures(plan: plan.code, measures: active)]
    }

    /// Authorizes, checks the version the writer read, lays the changes over the stored record and writes it.
    private func putRecord<R: IdentifiedRecord>(
        _ type: R.Type, plan: String?, mode: WriteMode, identity: [JSONValue?], changes: [(String, JSONValue)],
        expecting etag: String??, as principal: Principal
    ) throws -> R {
        let resource: AccessRequest.Resource =
            R.self == Government.self ? .government : R.self == Plan.self ? .plan : .planRecord
        let code = resource == .planRecord ? nil : identity.first??.string ?? Self.code(in: changes)
        let owner = resource == .government ? code : resource == .plan ? Self.value("government", in: changes) : nil
        try authorize(principal, .write, resource, plan: plan ?? (resource == .plan ? code : nil), owner: owner)
        let key = zip(R.identity, identity).map { name, json in
            ColumnValue.sqlite(json ?? R.schema.field(named: name)?.defaultValue)
        }
        let naming = namingRule(principal)
        return try store.put(R.self, plan: plan, mode: mode, by: author(principal), matching: key, naming: naming) {
            existing in
            if case .some(.none) = etag, existing != nil {
                throw ServiceError.versionRequired(entity: R.schema.entity)
            }
            var members = mode == .create ? [] : existing.map { R.schema.encode($0).members ?? [] } ?? []
            for (name, value) in changes {
                members.removeAll { $0.0 == name }
                members.append((name, value))
            }
            let (record, problems) = R.schema.decode(.object(members), path: "")
            guard problems.isEmpty else {
                throw ValidationError(
                    source: "the \(R.schema.entity.replacing("_", with: " "))", problems: problems)
            }
            // After the changes are checked: a change that could never be saved says so, whatever version it names.
            if case .some(.some(let etag)) = etag, let existing, Self.etag(R.schema.encode(existing)) != etag {
                let label = identity.map { $0.map { JSONWriter.compact($0) } ?? "-" }.joined(separator: " ")
                throw ServiceError.changedSinceRead(entity: R.schema.entity, label: label)
            }
            try guardApprovalSetting(from: existing as? Plan, to: record as? Plan, as: principal)
            return record
        }.record
    }

    /// Cites a standard from a field of action, objective, action or indicator (no change when it is cited already).
    public func linkStandard(_ standard: String, to target: StandardCitation, plan: String, as principal: Principal)
        throws
    {
        try writing {
            try authorize(principal, .write, .planRecord, plan: plan)
            switch target.kind {
            case .field: try link(FieldOfAction.self, target.code, standard, \.standards, plan, principal)
            case .objective: try link(Objective.self, target.code, standard, \.standards, plan, principal)
            case .action: try link(Action.self, target.code, standard, \.standards, plan, principal)
            case .indicator: try link(Indicator.self, target.code, standard, \.standards, plan, principal)
            }
        }
    }

    private func link<R: PlanRecord>(
        _ type: R.Type, _ code: String, _ standard: String, _ standards: WritableKeyPath<R, [String]>, _ plan: String,
        _ principal: Principal
    ) throws {
        _ = try store.put(R.self, plan: plan, mode: .update, by: author(principal), matching: [.text(code)]) {
            existing in
            guard var record = existing else {
                throw StoreError.notFound(entity: R.schema.entity, code: code, known: [])
            }
            if !record[keyPath: standards].contains(standard) { record[keyPath: standards].append(standard) }
            return record
        }
    }

    /// The entity tag of a record's JSON form (its compact text's FNV-1a hash): what a reader sends back in
    /// `If-Match` so that a write cannot silently overwrite a change made since it read.
    public static func etag(_ json: JSONValue) -> String {
        FNV1a.entityTag(JSONWriter.compact(json).utf8)
    }

    private static func code(in members: [(String, JSONValue)]) -> String? {
        value("code", in: members)
    }

    private static func value(_ name: String, in members: [(String, JSONValue)]) -> String? {
        members.last { $0.0 == name }?.1.string
    }
}

/// What cites a standard: an objective, action or indicator, by code.
public struct StandardCitation: Sendable, Equatable {
    /// The kinds of record that cite standards.
    public enum Kind: String, Sendable, CaseIterable {
        case field, objective, action, indicator
    }

    public var kind: Kind
    public var code: String

    /// Reads `KIND:CODE`, e.g. `objective:1.1`.
    public init(_ text: String) throws {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = Kind(rawValue: parts[0]) else {
            throw ServiceError.invalidTarget(
                value: text, expected: "field:CODE, objective:CODE, action:CODE or indicator:CODE")
        }
        self.kind = kind
        self.code = parts[1]
    }
}

extension HRAPService {
    /// The plan with this code, for a principal about to write `resource` in it: what a form asks before it is
    /// shown or its post is read. A plan the principal may not read is not found; one it may read but not write
    /// throws ``ServiceError/forbidden(principal:request:)``.
    public func planToWrite(_ code: String, _ resource: AccessRequest.Resource, as principal: Principal) throws -> Plan
    {
        try reading {
            try authorize(principal, .read, .plan, plan: code)
            try authorize(principal, .write, resource, plan: code)
            return try store.plan(code)
        }
    }

    /// The plan with this code.
    public func plan(_ code: String, as principal: Principal) throws -> Plan {
        return try reading {
            try authorize(principal, .read, .plan, plan: code)
            return try store.plan(code)
        }
    }
}
