import JSONCoding

/// A node or value of an RDF graph: an IRI (absolute, or relative to the document it is written in), a blank node
/// (by a label local to the graph) or a literal with an optional datatype IRI or language tag.
public enum RDFTerm: Hashable, Sendable {
    case iri(String)
    case blank(String)
    case literal(String, datatype: String? = nil, language: String? = nil)

    /// A plain string literal.
    public static func text(_ value: String) -> RDFTerm { .literal(value) }

    /// A string in a language (`"Titel"@de`).
    public static func text(_ value: String, language: String) -> RDFTerm { .literal(value, language: language) }
}

/// A small RDF graph: triples in the order they were added, and the prefixes its documents abbreviate IRIs with.
/// It writes itself as Turtle (``turtle()``) and as JSON-LD (``jsonLD()``); both read back as the same graph.
public struct RDFGraph: Sendable {
    /// One statement.
    public struct Triple: Hashable, Sendable {
        public let subject: RDFTerm
        public let predicate: String
        public let object: RDFTerm
    }

    /// Prefix names and the IRIs they stand for, in the order written.
    public let prefixes: [(name: String, iri: String)]
    public private(set) var triples: [Triple] = []
    private var known: Set<Triple> = []

    /// An empty graph with these prefixes.
    public init(prefixes: [(name: String, iri: String)]) {
        self.prefixes = prefixes
    }

    /// Adds a statement (once: a graph is a set); a predicate may be written with a prefix (`dct:title`) or `a` for
    /// `rdf:type`.
    public mutating func add(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm) {
        let triple = Triple(subject: subject, predicate: expanded(predicate), object: object)
        if known.insert(triple).inserted { triples.append(triple) }
    }

    /// Adds a statement for each object.
    public mutating func add(_ subject: RDFTerm, _ predicate: String, _ objects: [RDFTerm]) {
        for object in objects { add(subject, predicate, object) }
    }

    /// A prefixed name (`dcat:Dataset`) as its full IRI; `a` is `rdf:type`; anything else is returned as it is.
    public func expanded(_ name: String) -> String {
        if name == "a" { return "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" }
        guard let colon = name.firstIndex(of: ":"),
            let prefix = prefixes.first(where: { $0.name == name[..<colon] })
        else { return name }
        return prefix.iri + name[name.index(after: colon)...]
    }

    /// The subjects in the order they first appear, each with its statements in order.
    var subjects: [(RDFTerm, [Triple])] {
        var order: [RDFTerm] = []
        var statements: [RDFTerm: [Triple]] = [:]
        for triple in triples {
            if statements[triple.subject] == nil { order.append(triple.subject) }
            statements[triple.subject, default: []].append(triple)
        }
        return order.map { ($0, statements[$0] ?? []) }
    }
}
