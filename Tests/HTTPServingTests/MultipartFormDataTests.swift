import HTTPServing
import Testing

@Suite struct MultipartFormDataTests {
    let boundary = "XyZ123"

    private func body(_ parts: [String], close: Bool = true) -> [UInt8] {
        Array((parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined() + (close ? "--\(boundary)--\r\n" : "")).utf8)
    }

    @Test func fieldsAndFilesAreReadWithTheirNames() throws {
        let parts = try #require(
            MultipartFormData.parse(
                body([
                    "Content-Disposition: form-data; name=\"csrf\"\r\n\r\nabc",
                    "Content-Disposition: form-data; name=\"file\"; filename=\"a b.csv\"\r\nContent-Type: text/csv\r\n\r\nx,y\r\n1,2",
                ]), boundary: boundary))
        #expect(parts.count == 2)
        #expect(parts[0] == .init(name: "csrf", filename: nil, contentType: nil, body: Array("abc".utf8)))
        #expect(parts[1].filename == "a b.csv")
        #expect(parts[1].contentType == "text/csv")
        #expect(parts[1].body == Array("x,y\r\n1,2".utf8), "a CRLF inside the content is kept")
    }

    @Test func malformedBodiesAreRefusedNotTrapped() {
        #expect(
            MultipartFormData.parse(
                body(["Content-Disposition: form-data; name=\"a\"\r\n\r\nv"], close: false),
                boundary: boundary) == nil)
        #expect(MultipartFormData.parse(body(["Content-Disposition: form-data\r\n\r\nv"]), boundary: boundary) == nil)
        #expect(MultipartFormData.parse(body(["no head at all"]), boundary: boundary) == nil)
        #expect(MultipartFormData.parse([], boundary: boundary) == nil)
        #expect(MultipartFormData.parse(Array("--\(boundary)".utf8), boundary: boundary) == nil)
    }

    @Test func theBoundaryComesFromTheContentType() {
        #expect(MultipartFormData.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(
            MultipartFormData.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
        #expect(MultipartFormData.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        #expect(MultipartFormData.boundary(contentType: "multipart/form-data") == nil)
        #expect(
            MultipartFormData.boundary(
                contentType: "multipart/form-data; boundary=" + String(repeating: "a", count: 71)) == nil)
    }
}
