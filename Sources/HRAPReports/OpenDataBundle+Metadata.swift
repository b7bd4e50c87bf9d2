import Mustache
import HRAPCore
import JSONCoding

extension OpenDataBundle {
    /// The Frictionless Data Package: every CSV with its columns and types; an empty cell is a missing value.
    func dataPackage(_ tables: [Table]) -> JSONValue {
        .object([
            ("name", .string("\(file.plan.code)-\(year)".lowercased())),
            ("title", .string("\(file.plan.title): open data \(year)")),
            ("licenses", .array([.object([("name", .string(licence)), ("path", .string(licenceURL))])])),
            (
                "resources",
                .array(
                    tables.map { table in
                        .object([
                            ("name", .string(String(table.name.dropLast(4)))), ("path", .string(table.name)),
                            ("title", .string(table.title)), ("format", .string("csv")),
                            ("mediatype", .string("text/csv")),
                            ("encoding", .string("utf-8")),
                            (
                                "schema",
                                .object([
                                    (
                                        "fields",
                                        .array(
                                            table.columns.map { name, type in
                                                .object([("name", .string(name)), ("type", .string(type))])
                                            })
                                    ),
                                    ("missingValues", .array([.string("")])),
                                ])
                            ),
                        ])
                    })
            ),
        ])
    }

    var licenceURL: String {
        licence == "CC-BY-4.0" ? "https://creativecommons.org/licenses/by/4.0/" : licence
    }

    /// The DCAT-AP catalogue record of the dataset and its distributions.
    func catalogueRecord(_ names: [String]) -> JSONValue {
        let types: [String: (String, String)] = [
            "csv": ("text/csv", "CSV"), "json": ("application/json", "JSON"), "html": ("text/html", "HTML"),
            "md": ("text/markdown", "Markdown"), "jsonld": ("application/ld+json", "JSON-LD"),
        ]
        let end = file.plan.periodEnd ?? file.plan.reviewDate
        return .object([
            (
                "@context",
                .object([
                    ("dcat", .string("http://www.w3.org/ns/dcat#")), ("dct", .string("http://purl.org/dc/terms/")),
                    ("foaf", .string("http://xmlns.com/foaf/0.1/")),
                ])
            ),
            ("@type", .string("dcat:Dataset")),
            ("dct:title", .string("\(file.plan.title): annual report and open data \(year)")),
            (
                "dct:description",
                .string(
                    "Measures, indicators, values, budget and recommendations of \(file.plan.title) "
                        + "(\(file.government.name)), "
                        + "as recorded at the end of \(year). Public values only.")
            ),
            (
                "dct:publisher",
                .object([
                    ("@type", .string("foaf:Agent")), ("foaf:name", .string(file.government.name)),
                ])
            ),
            ("dct:license", .string(licenceURL)),
            (
                "dct:temporal",
                .object([
                    ("@type", .string("dct:PeriodOfTime")),
                    ("dcat:startDate", .string(file.plan.periodStart.first.description)),
                    ("dcat:endDate", end.map { .string($0.description) } ?? .null),
                ])
            ),
            (
                "dcat:distribution",
                .array(
                    names.sorted().map { name in
                        let ending = String(name.split(separator: ".").last ?? "")
                        let (media, format) = types[ending] ?? ("application/octet-stream", ending.uppercased())
                        return .object([
                            ("@type", .string("dcat:Distribution")), ("dct:title", .string(name)),
                            ("dcat:accessURL", .string(name)),
                            ("dcat:mediaType", .string(media)), ("dct:format", .string(format)),
                        ])
                    })
            ),
        ])
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
