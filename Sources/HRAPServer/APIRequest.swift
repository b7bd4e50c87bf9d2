import HRAPCore
import HRAPUseCases
import HTTPServing
import JSONCoding

/// A request matched to a route: who asks, the path's parameters, the query, and the service to call.
struct APIRequest: Sendable {
    let http: HTTPRequest
    let principal: Principal
    let service: HRAPService
    let parameters: [String: String]
    let query: [String: String]
    /// The server's clock, read at the edge.
    let today: CalendarDate
    let caches: APICaches

    /// A path parameter (the pattern guarantees it).
    func path(_ name: String) -> String { parameters[name] ?? "" }

    /// A date in the query, or `fallback` when absent.
    func date(_ name: String, default fallback: CalendarDate) throws -> CalendarDate {
        try date(name) ?? fallback
    }

    /// A date in the query, or nil when absent.
    func date(_ name: String) throws -> CalendarDate? {
        guard let text = query[name] else { return nil }
        guard let date = CalendarDate(text) else {
            throw APIError.badQuery("\(name): '\(text)' is not a date YYYY-MM-DD")
        }
        return date
    }

    /// A whole number in the query within `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let text = query[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            let bounds = "\(range.lowerBound) to \(range.upperBound)"
            throw APIError.badQuery("\(name): '\(text)' is not a whole number from \(bounds)")
        }
        return value
    }

    /// The JSON body; the media type must be JSON (415) and the text well-formed (400 with the position).
    func json() throws -> JSONValue {
        try requireMediaType("application/json")
        do { return try JSONParser.parse(http.body) } catch {
            throw APIError.malformedJSON(line: error.line, column: error.column, reason: error.reason)
        }
    }

    /// Runs a step that parses the JSON body, a syntax error becoming a 400 with its position (``json()``).
    func readingJSON<Result>(_ step: () throws -> Result) throws -> Result {
        do { return try step() } catch let error as JSONParser.SyntaxError {
            throw APIError.malformedJSON(line: error.line, column: error.column, reason: error.reason)
        }
    }

    /// The JSON body as an object's members.
    func jsonObject() throws -> [(String, JSONValue)] {
        guard let members = try json().members else { throw APIError.badBody("the body must be a JSON object") }
        return members
    }

    /// Refuses a body of another media type (parameters such as `charset=utf-8` aside).
    func requireMediaType(_ expected: String, or alternative: String? = nil) throws {
        let given = (http.headers["Content-Type"] ?? "").split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard given == expected || (alternative != nil && given == alternative) else {
            throw APIError.unsupportedMediaType(expected: expected)
        }
    }

    /// A boolean query parameter (`true` or `false`), false when absent.
    func flag(_ name: String) throws -> Bool {
        switch query[name] {
        case nil, "false"?: return false
        case "true"?: return true
        case let other?: throw APIError.badQuery("\(name) is true or false, not '\(other)'")
        }
    }

    /// The body as a stream of chunks from its start (each call starts again): read from the file an upload was
    /// kept in as it arrived, or from memory.
    func bodyChunks() -> () throws -> [UInt8]? {
        if let spooled = http.spooledBody { return spooled.chunks() }
        return JSONStreamReader.source(of: http.body)
    }
}
