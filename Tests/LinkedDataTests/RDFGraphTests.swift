import Foundation
import JSONCoding
import LinkedData
import Testing

/// Turtle and JSON-LD of the same small graph: prefixes, escapes, languages and datatypes, sets of statements.
@Suite struct RDFGraphTests {
    func sample() -> RDFGraph {
        var graph = RDFGraph(prefixes: [("dct", "http://purl.org/dc/terms/"), ("ex", "http://example.org/")])
        let subject = RDFTerm.iri("http://example.org/data set")
        graph.add(subject, "a", .iri("http://example.org/Dataset"))
        graph.add(subject, "dct:title", .text("Ein \"Titel\"\nzweite Zeile", language: "de"))
        graph.add(subject, "dct:issued", .literal("2025-12-31", datatype: "http://www.w3.org/2001/XMLSchema#date"))
        graph.add(subject, "dct:publisher", .blank("agent"))
        graph.add(subject, "dct:publisher", .blank("agent"))
        graph.add(.blank("agent"), "http://xmlns.com/foaf/0.1/name", .text("Stadt \\ Graz"))
        return graph
    }

    @Test func turtleAbbreviatesEscapesAndGroupsBySubject() {
        let turtle = sample().turtle()
        #expect(turtle.hasPrefix("@prefix dct: <http://purl.org/dc/terms/> .\n@prefix ex: <http://example.org/> .\n"))
        #expect(
            turtle.contains(
                "<http://example.org/data%20set> a ex:Dataset ;\n    dct:title \"Ein \\\"Titel\\\"\\nzweite Zeile\"@de ;"
            ))
        #expect(turtle.contains("dct:issued \"2025-12-31\"^^<http://www.w3.org/2001/XMLSchema#date>"))
        #expect(turtle.components(separatedBy: "dct:publisher _:agent").count == 2, "a statement once")
        #expect(turtle.contains("_:agent <http://xmlns.com/foaf/0.1/name> \"Stadt \\\\ Graz\" ."))
    }

    @Test func jsonLDHasOneNodePerSubjectWithTypedValues() throws {
        let json = sample().jsonLD()
        #expect(json["@context"]?["dct"] == .string("http://purl.org/dc/terms/"))
        let nodes = try #require(json["@graph"]?.array)
        #expect(nodes.count == 2)
        #expect(nodes[0]["@type"] == .array([.string("ex:Dataset")]))
        #expect(nodes[0]["dct:title"]?.array?.first?["@language"] == .string("de"))
        #expect(nodes[0]["dct:issued"]?.array?.first?["@type"] == .string("http://www.w3.org/2001/XMLSchema#date"))
        #expect(nodes[0]["dct:publisher"] == .array([.object([("@id", .string("_:agent"))])]))
        #expect(nodes[1]["@id"] == .string("_:agent"))
    }
}
