import HRAPCore
import JSONCoding
import SQLiteStore

/// A plan as the store refers to it: row id and code.
struct PlanRef {
    let id: Int64
    let code: String
}

/// What writing one record did.
package enum WriteOutcome: Equatable {
    case created, updated, unchanged, appended
    /// The write was refused; the message says why, `field` names the field at fault when it is one field, and
    /// `code` is a history conflict unless said otherwise.
    case conflict(String, field: String? = nil, code: ProblemCode = .historyConflict)
}

extension RecordTable {
    private func scope(_ plan: PlanRef?) -> (condition: String, values: [SQLiteValue]) {
        guard isPlanScoped else { return ("1", []) }
        guard let plan else { preconditionFailure("\(name) rows belong to a plan") }
        return ("plan_id = ?", [.integer(plan.id)])
    }

    /// Every record of the plan (or every record, for global tables), in the order they were first written.
    func fetchAll(_ db: Database, plan: PlanRef?) throws -> [(id: Int64, record: R)] {
        var rows: [(Int64, R)] = []
        try forEachRecord(db, plan: plan) { rows.append(($0, $1)) }
        return rows
    }

    /// Every record of the plan in the order they were first written, one at a time (none is kept); with `field`
    /// and `value`, those whose field holds the value.
    func forEachRecord(
        _ db: Database, plan: PlanRef?, where field: String? = nil, is value: String? = nil,
        _ body: (Int64, R) throws -> Void
    ) throws {
        var (condition, values) = scope(plan)
        if let field, let value {
            precondition(schema.field(named: field) != nil, "\(name) has no field \(field)")
            condition += " AND \"\(field)\" = ?"
            values.append(.text(value))
        }
        try db.forEachRow("SELECT id, \(columnList) FROM \(name) WHERE \(condition) ORDER BY id", values) { row in
            try body(row.integer(at: 0) ?? 0, try record(from: row, offset: 1))
        }
    }

    /// One page of rows in row order after the row `after`, at most `limit`; `next` is the last row's id when more
    /// follow (a keyset: a row added meanwhile comes on a later page, and none is skipped or repeated).
    func fetchPage(_ db: Database, plan: PlanRef?, after: Int64, limit: Int) throws -> (
        rows: [(id: Int64, record: R)], next: Int64?
    ) {
        let (condition, values) = scope(plan)
        var rows: [(id: Int64, record: R)] = []
        try db.forEachRow(
            "SELECT id, \(columnList) FROM \(name) WHERE \(condition) AND id > ? ORDER BY id LIMIT ?",
            values + [.integer(after), .integer(Int64(limit) + 1)]
        ) { row in rows.append((row.integer(at: 0) ?? 0, try record(from: row, offset: 1))) }
        guard rows.count > limit else { return (rows, nil) }
        rows.removeLast()
        return (rows, rows.last?.id)
    }

    /// For append-only tables: the current (newest) row of every key, in row order; with `privateOnly`, only those
    /// current rows that are private.
    func fetchCurrent(
        _ db: Database, plan: PlanRef?, where field: String? = nil, is value: String? = nil, privateOnly: Bool = false
    ) throws -> [(id: Int64, record: R)] {
        var (condition, values) = scope(plan)
        if let field, let value {
            precondition(schema.field(named: field) != nil, "\(name) has no field \(field)")
            condition += " AND \"\(field)\" = ?"
            values.append(.text(value))
        }
        if privateOnly { condition += " AND public = 0" }
        var rows: [(Int64, R)] = []
        try db.forEachRow(
            "SELECT id, \(columnList) FROM \(name) AS row WHERE \(condition) AND \(currentCondition) ORDER BY id",
            values
        ) { row in rows.append((row.integer(at: 0) ?? 0, try record(from: row, offset: 1))) }
        return rows
    }

    /// For append-only tables: one page of the current rows, in row order, after row `after`: at most `limit` rows
    /// that `accept`, and the id to continue after (nil on the last page). Read in batches from the row order, so
    /// a page costs what it reads, however large the plan; a row recorded between two pages has a larger id and
    /// comes on a later page, and none is skipped. With `publicOnly`, rows whose current version is private are left
    /// out.
    func fetchCurrentPage(
        _ db: Database, plan: PlanRef, where field: String?, is value: String?, publicOnly: Bool, after: Int64,
        limit: Int, accept: (R) -> Bool
    ) throws -> (rows: [(id: Int64, record: R)], next: Int64?) {
        var (condition, values) = scope(plan)
        if let field, let value {
            precondition(schema.field(named: field) != nil, "\(name) has no field \(field)")
            condition += " AND \"\(field)\" = ?"
            values.append(.text(value))
        }
        if publicOnly { condition += " AND public = 1" }
        let batch = max(limit + 1, 64)
        // Without a field to look up, the rows are read in row order from the cursor on (NOT INDEXED): the planner
        // would otherwise take the key index for the plan and sort all of the plan's rows for every page.
        let source = field == nil || value == nil ? "\(name) AS row NOT INDEXED" : "\(name) AS row"
        let sql = """
            SELECT id, \(columnList) FROM \(source) WHERE \(condition) AND id > ? AND \(currentCondition)
            ORDER BY id LIMIT \(batch)
            """
        var rows: [(id: Int64, record: R)] = [], cursor = after
        while true {
            var fetched = 0
            try db.forEachRow(sql, values + [.integer(cursor)]) { row in
                fetched += 1
                cursor = row.integer(at: 0) ?? cursor
                guard rows.count <= limit else { return }
                let record = try record(from: row, offset: 1)
                if accept(record) { rows.append((cursor, record)) }
            }
            if rows.count > limit { return (Array(rows.prefix(limit)), rows[limit - 1].id) }
            if fetched < batch { return (rows, nil) }
        }
    }

    /// The row ids of a plan's superseded versions (every version of a key but its newest, ``Supersession``), read in
    /// one pass over the key index in key order, then recording time and row id: a set as small as the corrections
    /// made, so a scan in storage order keeps the current rows without asking, row by row, whether a later version
    /// exists (``currentCondition``).
    func supersededIDs(_ db: Database, plan: PlanRef) throws -> Set<Int64> {
        precondition(isAppendOnly, "\(name) keeps one row per identity")
        let key = keyIndexOrder.map { "\"\($0)\"" }.joined(separator: ", ")
        var superseded: Set<Int64> = [], previousID: Int64?
        var previousKey = [SQLiteValue](repeating: .null, count: keyIndexOrder.count)
        try db.forEachRow(
            "SELECT id, \(key) FROM \(name) WHERE plan_id = ? ORDER BY \(key), recorded_at, id", [.integer(plan.id)]
        ) { row in
            var sameKey = previousID != nil
            for index in previousKey.indices {
                let value = row.value(at: Int32(index + 1))
                if value != previousKey[index] { (sameKey, previousKey[index]) = (false, value) }
            }
            if sameKey, let previousID { superseded.insert(previousID) }
            previousID = row.integer(at: 0)
        }
        return superseded
    }

    /// The SQL condition that keeps a row (aliased `row`) only when no later row has the same identity; it runs on the
    /// key index, one lookup per row, instead of sorting the table.
    var currentCondition: String {
        precondition(isAppendOnly, "\(name) keeps one row per identity")
        let sameKey = identity.map { "later.\"\($0)\" IS row.\"\($0)\"" }.joined(separator: " AND ")
        return """
            NOT EXISTS (SELECT 1 FROM \(name) AS later WHERE later.plan_id = row.plan_id AND \(sameKey)
              AND (later.recorded_at > row.recorded_at OR (later.recorded_at = row.recorded_at AND later.id > row.id)))
            """
    }

    /// The row with these identity values, if any (tables that keep one row per identity).
    func fetch(_ db: Database, identity values: [SQLiteValue], plan: PlanRef?) throws -> R? {
        let (condition, scopeValues) = scope(plan)
        var found: R?
        try db.forEachRow(
            "SELECT id, \(columnList) FROM \(name) WHERE \(condition) AND \(identityCondition) LIMIT 1",
            scopeValues + values
        ) { row in found = try self.record(from: row, offset: 1) }
        return found
    }

    /// The row with the same identity as `record`, if any (tables that keep one row per identity).
    func current(_ db: Database, matching record: R, plan: PlanRef?) throws -> (id: Int64, record: R)? {
        precondition(!isAppendOnly, "\(name) keeps versions: use its append-only writer")
        let (condition, values) = scope(plan)
        var found: (Int64, R)?
        try db.forEachRow(
            "SELECT id, \(columnList) FROM \(name) WHERE \(condition) AND \(identityCondition) LIMIT 1",
            values + identityValues(of: record)
        ) { row in found = (row.integer(at: 0) ?? 0, try self.record(from: row, offset: 1)) }
        return found
    }

    /// Inserts a record and its audit row; returns the new row id.
    func insert(_ db: Database, _ record: R, plan: PlanRef?, by author: Authorship) throws -> Int64 {
        let stamp: [SQLiteValue] = [.text(author.time.description), .text(author.actor)]
        let planColumn = isPlanScoped ? "plan_id, " : ""
        let planValue = isPlanScoped ? [SQLiteValue.integer(plan?.id ?? 0)] : []
        let placeholders = Array(repeating: "?", count: planValue.count + schema.fields.count + 4).joined(
            separator: ", ")
        try db.run(
            "INSERT INTO \(name) (\(planColumn)\(columnList), created_at, created_by, updated_at, updated_by) VALUES (\(placeholders))",
            planValue + values(of: record) + stamp + stamp)
        let id = db.lastInsertedRowID
        try AuditLog.record(
            db, .create, entity: schema.entity, id: id, plan: plan?.code, label: label(of: record),
            before: nil, after: schema.encode(record), by: author)
        return id
    }

    /// Replaces a row's fields and writes the audit row.
    func update(_ db: Database, id: Int64, from old: R, to new: R, plan: PlanRef?, by author: Authorship) throws {
        precondition(!isAppendOnly, "\(name) is append-only")
        let assignments = schema.fields.map { "\"\($0.name)\" = ?" }.joined(separator: ", ")
        try db.run(
            "UPDATE \(name) SET \(assignments), updated_at = ?, updated_by = ? WHERE id = ?",
            values(of: new) + [.text(author.time.description), .text(author.actor), .integer(id)])
        try AuditLog.record(
            db, .update, entity: schema.entity, id: id, plan: plan?.code, label: label(of: new),
            before: schema.encode(old), after: schema.encode(new), by: author)
    }

    /// Removes a row kept one per identity and writes the audit row that keeps its last version.
    func remove(_ db: Database, id: Int64, _ record: R, plan: PlanRef?, by author: Authorship) throws {
        precondition(!isAppendOnly, "\(name) is append-only")
        try db.run("DELETE FROM \(name) WHERE id = ?", [.integer(id)])
        try AuditLog.record(
            db, .retire, entity: schema.entity, id: id, plan: plan?.code, label: label(of: record),
            before: schema.encode(record), after: nil, by: author)
    }

    /// Writes a record the way its table wants: insert or update by identity, or append a correction.
    func save(_ db: Database, _ record: R, plan: PlanRef?, by author: Authorship) throws -> WriteOutcome {
        if isAppendOnly { return try append(db, record, plan: plan, by: author) }
        let stored = try current(db, matching: record, plan: plan)
        if let conflict = try externalIDConflict(db, record, plan: plan, id: stored?.id) { return conflict }
        guard let (id, existing) = stored else {
            _ = try insert(db, record, plan: plan, by: author)
            return .created
        }
        guard existing != record else { return .unchanged }
        try update(db, id: id, from: existing, to: record, plan: plan, by: author)
        return .updated
    }

    /// A conflict when the record's `external_id` belongs to another record of the plan (it is unique per plan, so
    /// that a budget or ERP system can find the record by it).
    private func externalIDConflict(_ db: Database, _ record: R, plan: PlanRef?, id: Int64?) throws -> WriteOutcome? {
        guard let plan, let field = schema.field(named: "external_id"), let given = field.get(record)?.string else {
            return nil
        }
        var holder: (id: Int64, record: R)?
        try db.forEachRow(
            "SELECT id, \(columnList) FROM \(name) WHERE plan_id = ? AND external_id = ? LIMIT 1",
            [.integer(plan.id), .text(given)]
        ) { row in holder = (row.integer(at: 0) ?? 0, try self.record(from: row, offset: 1)) }
        guard let holder, holder.id != id else { return nil }
        let entity = schema.entity.replacing("_", with: " ")
        return .conflict(
            "external id '\(given)' belongs to \(entity) \(label(of: holder.record)) already", field: "external_id",
            code: .duplicate)
    }

    /// Appends a measurement or update through the table's ``AppendOnlyWriter``, with an audit row of its own. A
    /// version that carries its own recording time is checked against every stored version of its key (history
    /// cannot be rewritten); a new one needs only the current version, read as the supersession rule picks it
    /// (latest `recorded_at`, then latest row), so a key with a long history costs one row, not all of them.
    private func append(_ db: Database, _ record: R, plan: PlanRef?, by author: Authorship) throws -> WriteOutcome {
        guard let plan else { preconditionFailure("\(name) rows belong to a plan") }
        let (condition, values) = scope(plan)
        let carriesHistory = schema.field(named: "recorded_at")?.get(record) != nil
        var stored: [(sequence: Int64, version: R)] = []
        try db.forEachRow(
            "SELECT id, \(columnList) FROM \(name) WHERE \(condition) AND \(identityCondition)"
                + (carriesHistory ? "" : " ORDER BY recorded_at DESC, id DESC LIMIT 1"),
            values + identityValues(of: record)
        ) { row in stored.append((row.integer(at: 0) ?? 0, try self.record(from: row, offset: 1))) }
        var writer = appendWriter(
            db, plan: plan, author: author, stored: stored, acceptsHistory: true, key: identityValues(of:),
            audit: .perVersion(entity: schema.entity, label: label(of:), encode: schema.encode))
        switch try writer.append(record) {
        case .appended: return .appended
        case .unchanged: return .unchanged
        case .conflict(let message): return .conflict(message)
        }
    }

    /// The append-only writer of this table: versions keyed by `key` (the identity fields' values), compared without
    /// `recorded_at`/`recorded_by`, their time read by `recordedAt` (or through the schema), stamped with the author
    /// (or by `stamp`), inserted with all their columns (or by `insert`).
    func appendWriter<Key: Hashable>(
        _ db: Database, plan: PlanRef, author: Authorship, stored: [(sequence: Int64, version: R)], expected: Int = 0,
        acceptsHistory: Bool, key: @escaping (R) -> Key, audit: AppendOnlyWriter<R, Key>.AuditForm,
        recordedAt: ((R) -> Timestamp?)? = nil,
        stamp: ((R) throws -> R)? = nil, insert: ((R) throws -> Void)? = nil
    ) -> AppendOnlyWriter<R, Key> {
        precondition(isAppendOnly, "\(name) keeps one row per identity")
        let recordedAtField = schema.field(named: "recorded_at")
        let row: [SQLiteValue] = [.text(author.time.description), .text(author.actor)]
        let placeholders = Array(repeating: "?", count: schema.fields.count + 5).joined(separator: ", ")
        let sql =
            "INSERT INTO \(name) (plan_id, \(columnList), created_at, created_by, updated_at, updated_by) VALUES (\(placeholders))"
        return AppendOnlyWriter(
            db: db, plan: plan, author: author, stored: stored, expected: expected, acceptsHistory: acceptsHistory,
            key: key,
            recordedAt: recordedAt ?? { recordedAtField?.get($0)?.string.flatMap(Timestamp.init) },
            sameContent: hasSameContent,
            stamp: stamp ?? { try self.stamp($0, by: author) },
            insert: insert ?? { version in try db.run(sql, [.integer(plan.id)] + values(of: version) + row + row) },
            audit: audit)
    }

    /// Whether two versions say the same thing, whoever recorded them and when.
    func hasSameContent(_ a: R, _ b: R) -> Bool {
        func content(_ record: R) -> JSONValue {
            .object((schema.encode(record).members ?? []).filter { $0.0 != "recorded_at" && $0.0 != "recorded_by" })
        }
        return content(a) == content(b)
    }

    private func stamp(_ record: R, by author: Authorship) throws -> R {
        guard case .object(var members) = schema.encode(record) else { return record }
        members.removeAll { $0.0 == "recorded_at" || $0.0 == "recorded_by" }
        members += [("recorded_at", .string(author.time.description)), ("recorded_by", .string(author.actor))]
        let (stamped, problems) = schema.decode(.object(members), path: "")
        guard problems.isEmpty else { throw StoreError.corrupt(problems.map(\.description).joined(separator: "; ")) }
        return stamped
    }

    /// How the audit log names a record: its code, or its identity values.
    package func label(of record: R) -> String {
        R.label(of: record, fields: identityFields)
    }
}
