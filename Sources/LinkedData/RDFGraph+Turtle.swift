extension RDFGraph {
    /// The graph as Turtle (W3C RDF 1.1 Turtle): the prefixes, then each subject with its statements, IRIs
    /// abbreviated where a prefix covers them and the rest written whole.
    public func turtle() -> String {
        var text = prefixes.map { "@prefix \($0.name): <\($0.iri)> .\n" }.joined() + "\n"
        for (subject, statements) in subjects {
            text += term(subject)
            for (index, triple) in statements.enumerated() {
                let predicate =
                    triple.predicate == expanded("a") ? "a" : abbreviated(triple.predicate) ?? "<\(triple.predicate)>"
                text += (index == 0 ? " " : " ;\n    ") + predicate + " " + term(triple.object)
            }
            text += " .\n\n"
        }
        return text
    }

    private func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): return abbreviated(iri) ?? "<\(Self.escapedIRI(iri))>"
        case .blank(let label): return "_:" + label
        case .literal(let value, let datatype, let language):
            let quoted = "\"" + Self.escaped(value) + "\""
            if let language { return quoted + "@" + language }
            if let datatype { return quoted + "^^" + (abbreviated(datatype) ?? "<\(datatype)>") }
            return quoted
        }
    }

    /// `dcat:Dataset` for an IRI a prefix covers, when the rest is a plain local name.
    private func abbreviated(_ iri: String) -> String? {
        for prefix in prefixes where iri.hasPrefix(prefix.iri) {
            let local = iri.dropFirst(prefix.iri.count)
            if !local.isEmpty, local.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
                local.first?.isLetter == true
            {
                return prefix.name + ":" + local
            }
        }
        return nil
    }

    /// A string literal's text with Turtle's escapes.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// An IRI with the characters Turtle does not allow inside `<…>` percent-encoded.
    static func escapedIRI(_ iri: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in iri.utf8 {
            if byte <= 0x20 || "<>\"{}|^`\\".utf8.contains(byte) {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
