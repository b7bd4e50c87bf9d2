import HRAPCore
import JSONCoding

extension DueList {
    /// What is due, by responsible unit, as JSON (`hrap due --format json`, the API).
    public func json(asOf: CalendarDate) -> JSONValue {
        .object([
            ("as_of", .string(asOf.description)),
            (
                "units",
                .array(
                    byUnit.map { unit, items in
                        .object([
                            ("unit", unit.map(JSONValue.string) ?? .null),
                            (
                                "items",
                                .array(
                                    items.map { item in
                                        .object([
                                            ("kind", .string(item.kind.rawValue)), ("code", .string(item.code)),
                                            ("title", .string(item.title)),
                                            ("due", item.dueDate.map { .string($0.description) } ?? .null),
                                            ("days_overdue", item.daysOverdue.map { .integer(Int64($0)) } ?? .null),
                                            ("last", item.last.map { .string($0.description) } ?? .null),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}
