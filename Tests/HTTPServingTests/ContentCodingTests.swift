import HTTPServing
import Testing

/// `Accept-Encoding` as clients send it: gzip named, refused with `q=0`, or covered by `*`.
@Suite struct ContentCodingTests {
    @Test(arguments: [
        ("gzip", true), ("gzip, deflate, br", true), ("br;q=1.0, gzip;q=0.5", true), ("*", true),
        ("GZIP", true), ("x-gzip", true), ("deflate, *;q=0.1", true),
    ])
    func accepted(header: String, expected: Bool) {
        #expect(ContentCoding.acceptsGzip(header) == expected)
    }

    @Test(arguments: ["gzip;q=0", "gzip; q=0.000", "identity", "br, deflate", "*;q=0", "*, gzip;q=0", ""])
    func refused(header: String) {
        #expect(!ContentCoding.acceptsGzip(header))
    }

    @Test func noHeaderMeansNoCompression() {
        #expect(!ContentCoding.acceptsGzip(nil))
    }

    @Test func textJSONCSVAndSVGAreWorthCompressingImagesAndArchivesAreNot() {
        for type in [
            "text/html; charset=utf-8", "application/json", "text/csv", "image/svg+xml", "application/ld+json",
        ] {
            #expect(ContentCoding.isCompressible(type), "\(type)")
        }
        for type in ["image/png", "application/zip", "application/octet-stream", ""] {
            #expect(!ContentCoding.isCompressible(type), "\(type)")
        }
    }
}
