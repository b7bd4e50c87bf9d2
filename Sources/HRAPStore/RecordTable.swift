import HRAPCore
import JSONCoding
import SQLiteStore

/// How one record type is stored: its table, whether rows belong to a plan, what identifies a row,
/// and whether rows are append-only.
///
/// Columns are named after the schema's fields; lists, nested records and maps are stored as JSON text.
package struct RecordTable<R: Record>: Sendable {
    /// The SQL table.
    package let name: String
    /// Whether rows carry a `plan_id`.
    let isPlanScoped: Bool
    /// The fields that identify a row within its plan (for append-only tables: the key shared by corrections).
    package let identity: [String]
    /// Whether rows are never updated: a changed value is appended and supersedes the older row.
    package let isAppendOnly: Bool

    /// The identity fields, in `identity` order.
    let identityFields: [Field<R>]
    /// The identity columns in the order of the table's key index, so a scan grouped by key reads the index in order.
    let keyIndexOrder: [String]

    package init(
        _ name: String, planScoped: Bool = true, identity: [String] = ["code"], keyIndexOrder: [String]? = nil,
        appendOnly: Bool = false
    ) {
        precondition(keyIndexOrder.map { Set($0) == Set(identity) } ?? true, "the key index orders the identity")
        self.name = name
        self.isPlanScoped = planScoped
        self.identity = identity
        self.keyIndexOrder = keyIndexOrder ?? identity
        self.isAppendOnly = appendOnly
        self.identityFields = identity.map { field in
            guard let found = R.schema.field(named: field) else {
                preconditionFailure("no field \(field) in \(R.self)")
            }
            return found
        }
    }

    var schema: RecordSchema<R> { R.schema }

    /// The field columns, quoted, in schema order.
    var columnList: String { schema.fields.map { "\"\($0.name)\"" }.joined(separator: ", ") }

    /// The record's field values as SQLite values, in schema order.
    func values(of record: R) -> [SQLiteValue] {
        schema.fields.map { ColumnValue.sqlite($0.storedValue(of: record)) }
    }

    /// The identity values of a record, in `identity` order.
    func identityValues(of record: R) -> [SQLiteValue] {
        identityFields.map { ColumnValue.sqlite($0.storedValue(of: record)) }
    }

    /// `"a" IS ? AND "b" IS ?` for the identity columns.
    var identityCondition: String {
        identity.map { "\"\($0)\" IS ?" }.joined(separator: " AND ")
    }

    /// Builds a record from the field columns of a row, starting at column `offset`.
    /// Measurements are read column by column (``MeasurementRow``); other records through their schema.
    func record(from statement: Statement, offset: Int32) throws(StoreError) -> R {
        guard R.self == Measurement.self else { return try genericRecord(from: statement, offset: offset) }
        do {
            if let measurement = try MeasurementRow.read(statement, offset: offset) as? R { return measurement }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.corrupt("a stored measurement does not read: \(error)")
        }
        return try genericRecord(from: statement, offset: offset)
    }

    /// Builds a record from the field columns of a row through its schema's decoder (which validates it).
    func genericRecord(from statement: Statement, offset: Int32) throws(StoreError) -> R {
        var members: [(String, JSONValue)] = []
        for (index, field) in schema.fields.enumerated() {
            if let json = ColumnValue.json(statement.value(at: offset + Int32(index)), kind: field.kind) {
                members.append((field.name, json))
            }
        }
        let (record, problems) = schema.decode(.object(members), path: "\(name)")
        guard problems.isEmpty else {
            throw StoreError.corrupt(
                "a stored \(schema.entity) no longer validates: \(problems.map(\.description).joined(separator: "; "))")
        }
        return record
    }
}

/// How field values are kept in columns: scalars as SQLite values, lists, nested records and maps as compact JSON text.
package enum ColumnValue {
    /// The SQLite value of a field's JSON value.
    package static func sqlite(_ json: JSONValue?) -> SQLiteValue {
        switch json {
        case nil, .null?: .null
        case .bool(let flag)?: .integer(flag ? 1 : 0)
        case .integer(let number)?: .integer(number)
        case .number(let number)?: .real(number)
        case .string(let text)?: .text(text)
        case let nested?: .text(JSONWriter.compact(nested))
        }
    }

    static func json(_ value: SQLiteValue, kind: FieldKind) -> JSONValue? {
        switch (value, kind) {
        case (.null, _): return nil
        case (.integer(let number), .bool): return .bool(number != 0)
        case (.integer(let number), _): return .integer(number)
        case (.real(let number), _): return .number(number)
        case (.text(let text), .list), (.text(let text), .records), (.text(let text), .dictionary):
            return try? JSONParser.parse(text)
        case (.text(let text), _): return .string(text)
        case (.blob, _): return nil
        }
    }
}
