import HRAPCore
import LinkedData

/// The DCAT-AP 3 description of one published bundle of open data: the dataset with its identifier, title and
/// description in the report's language, publisher, licence, language and the period its data covers, and one
/// distribution per file with its IANA media type and EU file type. IRIs are `location` + the file name: with an
/// empty location they are relative, and resolve to the files next to the `dcat.jsonld` that holds them.
public struct DCATDataset: Sendable {
    public var identifier: String
    public var title: String
    public var description: String
    /// The report's language (`en`, `de`, `fr`, `es`).
    public var language: String
    public var publisher: (code: String, name: String)
    /// An SPDX identifier (`CC-BY-4.0`) or a licence's URL.
    public var licence: String
    public var start: CalendarDate
    public var end: CalendarDate

    /// A dataset; `archive` is the address of the whole bundle as one ZIP file, if served.
    public init(
        identifier: String, title: String, description: String, language: String,
        publisher: (code: String, name: String), licence: String, start: CalendarDate, end: CalendarDate,
        location: String, files: [String], archive: String? = nil
    ) {
        (self.identifier, self.title, self.description, self.language) = (identifier, title, description, language)
        (self.publisher, self.licence, self.start, self.end) = (publisher, licence, start, end)
        (self.location, self.files, self.archive) = (location, files, archive)
    }
    /// Where the files are served, ending in `/`; empty for IRIs relative to the record.
    public var location: String
    public var files: [String]
    /// The address of the whole bundle as one ZIP file, when it is served as one.
    public var archive: String?
    /// Words a portal's search finds the dataset by, in the dataset's language.
    public var keywords: [String] = []

    /// The vocabularies the records use.
    public static let prefixes: [(name: String, iri: String)] = [
        ("dcat", "http://www.w3.org/ns/dcat#"), ("dct", "http://purl.org/dc/terms/"),
        ("foaf", "http://xmlns.com/foaf/0.1/"), ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"), ("dcatap", "http://data.europa.eu/r5r/"),
    ]

    /// The dataset's IRI: the record's own address with `#dataset`.
    public var iri: RDFTerm { .iri(location + "dcat.jsonld#dataset") }

    /// Adds the dataset, its distributions and the nodes they name to `graph`.
    public func add(to graph: inout RDFGraph) {
        let dataset = iri
        graph.add(dataset, "a", .iri(graph.expanded("dcat:Dataset")))
        graph.add(dataset, "dct:identifier", .text(identifier))
        graph.add(dataset, "dct:title", .text(title, language: language))
        graph.add(dataset, "dct:description", .text(description, language: language))
        for keyword in keywords { graph.add(dataset, "dcat:keyword", .text(keyword, language: language)) }
        for (theme, label) in [("GOVE", "Government and public sector"), ("SOCI", "Population and society")] {
            let concept = RDFTerm.iri("http://publications.europa.eu/resource/authority/data-theme/" + theme)
            graph.add(dataset, "dcat:theme", concept)
            graph.add(concept, "a", .iri(graph.expanded("skos:Concept")))
            graph.add(concept, "skos:prefLabel", .text(label, language: "en"))
        }
        let languageIRI = Self.languageIRI(language)
        graph.add(dataset, "dct:language", languageIRI)
        graph.add(languageIRI, "a", .iri(graph.expanded("dct:LinguisticSystem")))
        let agent = RDFTerm.blank("publisher-" + publisher.code.filter { $0.isLetter || $0.isNumber })
        graph.add(dataset, "dct:publisher", agent)
        graph.add(agent, "a", .iri(graph.expanded("foaf:Agent")))
        graph.add(agent, "foaf:name", .text(publisher.name))
        let period = RDFTerm.blank("period-" + identifier.filter { $0.isLetter || $0.isNumber })
        graph.add(dataset, "dct:temporal", period)
        graph.add(period, "a", .iri(graph.expanded("dct:PeriodOfTime")))
        graph.add(period, "dcat:startDate", .literal(start.description, datatype: graph.expanded("xsd:date")))
        graph.add(period, "dcat:endDate", .literal(end.description, datatype: graph.expanded("xsd:date")))
        let licenceIRI = Self.licenceIRI(licence)
        graph.add(licenceIRI, "a", .iri(graph.expanded("dct:LicenseDocument")))
        for name in files.sorted() {
            let distribution = RDFTerm.iri(location + "dcat.jsonld#" + name)
            graph.add(dataset, "dcat:distribution", distribution)
            distributionNodes(distribution, name, at: location + name, licenceIRI, &graph)
        }
        if let archive {
            let distribution = RDFTerm.iri(location + "dcat.jsonld#archive")
            graph.add(dataset, "dcat:distribution", distribution)
            distributionNodes(distribution, "open-data.zip", at: archive, licenceIRI, &graph)
        }
    }

    private func distributionNodes(
        _ node: RDFTerm, _ name: String, at address: String, _ licence: RDFTerm, _ graph: inout RDFGraph
    ) {
        let (media, format) =
            Self.types[String(name.split(separator: ".").last ?? "")] ?? ("application/octet-stream", "BIN")
        graph.add(node, "a", .iri(graph.expanded("dcat:Distribution")))
        graph.add(node, "dct:title", .text(name))
        if let description = Self.descriptions[name] {
            graph.add(node, "dct:description", .text(description, language: "en"))
        }
        let stable = RDFTerm.iri("http://publications.europa.eu/resource/authority/planned-availability/STABLE")
        graph.add(node, "dcatap:availability", stable)
        graph.add(stable, "a", .iri(graph.expanded("skos:Concept")))
        graph.add(stable, "skos:prefLabel", .text("stable", language: "en"))
        graph.add(node, "dcat:accessURL", .iri(address))
        graph.add(node, "dcat:downloadURL", .iri(address))
        let mediaIRI = RDFTerm.iri("http://www.iana.org/assignments/media-types/" + media)
        graph.add(node, "dcat:mediaType", mediaIRI)
        graph.add(mediaIRI, "a", .iri(graph.expanded("dct:MediaType")))
        let formatIRI = RDFTerm.iri("http://publications.europa.eu/resource/authority/file-type/" + format)
        graph.add(node, "dct:format", formatIRI)
        graph.add(formatIRI, "a", .iri(graph.expanded("dct:MediaTypeOrExtent")))
        graph.add(node, "dct:license", licence)
    }

    /// The dataset of a plan's open data for a year, in `locale`'s language: its identifier, titles and keywords
    /// from the locale's `bundle.*` labels, the government as publisher, the plan's start to `asOf` as its period.
    public static func bundle(
        plan: Plan, government: (code: String, name: String), year: Int, asOf: CalendarDate, locale: ReportLocale,
        licence: String, location: String, files: [String], archive: String? = nil
    ) -> DCATDataset {
        let values = ["plan": plan.title, "government": government.name, "year": String(year)]
        var dataset = DCATDataset(
            identifier: "\(plan.code)/\(year)", title: locale.label("bundle.title", values),
            description: locale.label("bundle.description", values), language: locale.language,
            publisher: government, licence: licence, start: plan.periodStart.first, end: asOf, location: location,
            files: files, archive: archive)
        dataset.keywords = keywords(locale)
        return dataset
    }

    /// The keywords of a locale's `bundle.keywords` label, separated by `;`.
    static func keywords(_ locale: ReportLocale) -> [String] {
        locale.label("bundle.keywords").split(separator: ";").map { String($0).trimmingWhitespace }
    }

    /// What each file of a bundle holds, in English (the files' own names are English too).
    static let descriptions: [String: String] = [
        "report.html": "The annual report.", "report.md": "The annual report in Markdown.",
        "report.json": "The annual report's figures as data, and its display text apart.",
        "summary.html": "The short plain-language summary of the annual report.",
        "fields.csv": "The plan's fields of action.", "objectives.csv": "The objectives of each field of action.",
        "indicators.csv": "The indicators with baseline, target and status.",
        "measurements.csv": "The indicators' public values, current versions.",
        "actions.csv": "The measures with their status at the reference date.",
        "budget.csv": "The budget lines: planned, allocated and spent by fiscal year.",
        "recommendations.csv": "Recommendations of peer reviews and evaluations, with the city's responses.",
        "plan.json": "The plan file (hrap's format), public records only.",
        "datapackage.json": "The Frictionless data package describing every CSV, its keys and values.",
        "dcat.jsonld": "This DCAT-AP description.", "README.md": "What the files are and how to read them.",
        "open-data.zip": "Every file of the bundle as one ZIP file.",
    ]

    /// IANA media type and EU file type by file ending (Markdown has no EU file type of its own: `TXT`).
    static let types: [String: (String, String)] = [
        "csv": ("text/csv", "CSV"), "json": ("application/json", "JSON"), "html": ("text/html", "HTML"),
        "md": ("text/markdown", "TXT"), "jsonld": ("application/ld+json", "JSON_LD"), "zip": ("application/zip", "ZIP"),
        "ttl": ("text/turtle", "RDF_TURTLE"),
    ]

    /// The EU language authority's IRI of a two-letter language.
    static func languageIRI(_ language: String) -> RDFTerm {
        let codes = ["en": "ENG", "de": "DEU", "fr": "FRA", "es": "SPA"]
        return .iri("http://publications.europa.eu/resource/authority/language/" + (codes[language] ?? "MUL"))
    }

    /// The EU licence authority's IRI of a well-known SPDX licence, else the SPDX licence IRI, else the URL given.
    static func licenceIRI(_ licence: String) -> RDFTerm {
        let european = [
            "CC-BY-4.0": "CC_BY_4_0", "CC0-1.0": "CC0", "CC-BY-SA-4.0": "CC_BYSA_4_0", "ODbL-1.0": "ODBL_1_0",
        ]
        if let code = european[licence] {
            return .iri("http://publications.europa.eu/resource/authority/licence/" + code)
        }
        if licence.hasPrefix("http://") || licence.hasPrefix("https://") { return .iri(licence) }
        return .iri("http://spdx.org/licenses/" + licence)
    }
}
