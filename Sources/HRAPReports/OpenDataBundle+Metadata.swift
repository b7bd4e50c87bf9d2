import Mustache
import HRAPCore
import JSONCoding

extension OpenDataBundle {
    /// The Frictionless Data Package: every CSV with its columns, their types, descriptions and allowed values, its
    /// primary key and the foreign keys that join the files; an empty cell is a missing value.
    func dataPackage(_ tables: [Table]) -> JSONValue {
        .object([
            ("name", .string("\(file.plan.code)-\(year)".lowercased())),
            ("title", .string("\(file.plan.title): open data \(year)")),
            ("licenses", .array([.object([("name", .string(licence)), ("path", .string(licenceURL))])])),
            ("resources", .array(tables.map(resource))),
        ])
    }

    private func resource(_ table: Table) -> JSONValue {
        var schema: [(String, JSONValue)] = [
            ("fields", .array(table.columns.map(field))), ("missingValues", .array([.string("")])),
        ]
        if !table.primaryKey.isEmpty { schema.append(("primaryKey", .array(table.primaryKey.map { .string($0) }))) }
        if !table.foreignKeys.isEmpty {
            schema.append(
                (
                    "foreignKeys",
                    .array(
                        table.foreignKeys.map { column, resource, target in
                            .object([
                                ("fields", .string(column)),
                                ("reference", .object([("resource", .string(resource)), ("fields", .string(target))])),
                            ])
                        })
                ))
        }
        return .object([
            ("name", .string(String(table.name.dropLast(4)))), ("path", .string(table.name)),
            ("title", .string(table.title)), ("format", .string("csv")), ("mediatype", .string("text/csv")),
            ("encoding", .string("utf-8")), ("schema", .object(schema)),
        ])
    }

    private func field(_ column: Table.Column) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(column.name)), ("type", .string(column.type))]
        if !column.description.isEmpty { members.append(("description", .string(column.description))) }
        if let values = column.values {
            members.append(("constraints", .object([("enum", .array(values.map { .string($0) }))])))
        }
        return .object(members)
    }

    var licenceURL: String {
        licence == "CC-BY-4.0" ? "https://creativecommons.org/licenses/by/4.0/" : licence
    }

    /// The DCAT-AP description of the bundle: its files, in the report's language, covering the plan's start to
    /// the report's reference date (the data's end, not the plan's).
    public func dataset(_ names: [String]) -> DCATDataset {
        DCATDataset.bundle(
            plan: file.plan, government: (file.government.code, file.government.name), year: year, asOf: asOf,
            locale: locale, licence: licence, location: location, files: names)
    }

    func readme(_ tables: [Table], reports: [String]) -> String {
        let (title, government) = (MarkdownText.escaped(file.plan.title), MarkdownText.escaped(file.government.name))
        var text = "# \(title): annual report and open data \(year)\n\n"
        text +=
            "Published by \(government). Licence: \(MarkdownText.escaped(licence)) "
            + "(\(MarkdownText.escaped(licenceURL))). Public values only.\n\n"
        text += "## Files\n\n"
        for name in reports {
            let what = name.hasPrefix("summary") ? "the short plain-language summary" : "the annual report"
            text += "- `\(name)`: \(what) (\(name.split(separator: ".").last ?? ""))\n"
        }
        for table in tables { text += "- `\(table.name)`: \(table.title.lowercased()) (\(table.rows.count) rows)\n" }
        text += "- `plan.json`: the plan file (hrap format, public records only)\n"
        text += "- `datapackage.json`: Frictionless Data Package describing every CSV\n"
        text += "- `dcat.jsonld`: DCAT-AP catalogue record\n\n"
        text += "## CSV conventions\n\n"
        text += "UTF-8, comma-separated, a header row of snake_case names, a decimal point and no grouping. "
        text += "Dates are ISO 8601 (`2025-12-31`), or a month (`2022-05`) or a year (`2021`) where the source gave "
        text += "no day. An empty cell means the value is unknown or does not apply; it is never zero. A text cell "
        text += "that a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`) is written with a "
        text += "leading apostrophe.\n"
        return text
    }
}
