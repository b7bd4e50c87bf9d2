import JSONCoding

extension RDFGraph {
    /// The graph as JSON-LD 1.1: a context of the prefixes and one node object per subject in `@graph`, each
    /// property an array of `{"@id"}` or `{"@value", "@language" | "@type"}` objects; `rdf:type` as `@type`.
    public func jsonLD() -> JSONValue {
        let context = JSONValue.object(prefixes.map { ($0.name, .string($0.iri)) })
        let nodes: [JSONValue] = subjects.map { subject, statements in
            var members: [(String, JSONValue)] = [("@id", .string(id(subject)))]
            let typeIRI = expanded("a")
            let types = statements.filter { $0.predicate == typeIRI }.compactMap { triple -> JSONValue? in
                if case .iri(let iri) = triple.object { return .string(compact(iri)) }
                return nil
            }
            if !types.isEmpty { members.append(("@type", .array(types))) }
            var order: [String] = []
            var values: [String: [JSONValue]] = [:]
            for triple in statements where triple.predicate != typeIRI {
                if values[triple.predicate] == nil { order.append(triple.predicate) }
                values[triple.predicate, default: []].append(value(triple.object))
            }
            members += order.map { (compact($0), .array(values[$0] ?? [])) }
            return .object(members)
        }
        return .object([("@context", context), ("@graph", .array(nodes))])
    }

    private func id(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): iri
        case .blank(let label): "_:" + label
        case .literal(let value, _, _): value
        }
    }

    private func value(_ term: RDFTerm) -> JSONValue {
        switch term {
        case .iri, .blank: return .object([("@id", .string(id(term)))])
        case .literal(let value, let datatype, let language):
            var members: [(String, JSONValue)] = [("@value", .string(value))]
            if let language { members.append(("@language", .string(language))) }
            if let datatype { members.append(("@type", .string(compact(datatype)))) }
            return .object(members)
        }
    }

    /// `dcat:Dataset` for an IRI a prefix covers; the IRI itself otherwise.
    private func compact(_ iri: String) -> String {
        for prefix in prefixes where iri.hasPrefix(prefix.iri) && iri.count > prefix.iri.count {
            return prefix.name + ":" + iri.dropFirst(prefix.iri.count)
        }
        return iri
    }
}
