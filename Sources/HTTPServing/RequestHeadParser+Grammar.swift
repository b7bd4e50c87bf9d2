extension RequestHeadParser {
    /// RFC 9110 section 5.6.2: the characters of a token.
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    /// RFC 9112 section 3: `method SP request-target SP HTTP-version`, the target in origin form.
    static func requestLine(_ line: ArraySlice<UInt8>) throws(RequestRejection) -> RequestHead {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenCharacter) else {
            throw RequestRejection(.badRequest, "the request line is not 'METHOD /target HTTP/1.1'")
        }
        let target = parts[1]
        guard target.first == UInt8(ascii: "/"), target.allSatisfy({ $0 > 32 && $0 < 127 }) else {
            throw RequestRejection(.badRequest, "the request target must be a path starting with '/'")
        }
        let version = Array(parts[2])
        guard version.count == 8, version.starts(with: Array("HTTP/".utf8)), version[6] == UInt8(ascii: "."),
            (48...57).contains(version[5]), (48...57).contains(version[7])
        else {
            throw RequestRejection(.badRequest, "the HTTP version is malformed")
        }
        guard version[5] == UInt8(ascii: "1") else {
            throw RequestRejection(.versionNotSupported, "only HTTP/1.0 and HTTP/1.1 are served")
        }
        return RequestHead(
            method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: target, as: UTF8.self),
            minorVersion: Int(version[7] - 48), headers: HTTPHeaders(), contentLength: 0)
    }

    /// RFC 9112 section 5: `field-name ":" OWS field-value OWS`.
    static func field(_ line: ArraySlice<UInt8>) throws(RequestRejection) -> (String, String) {
        if line.first == UInt8(ascii: " ") || line.first == 9 {
            throw RequestRejection(.badRequest, "obsolete line folding is not accepted")
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
            throw RequestRejection(.badRequest, "a header line has no colon")
        }
        let name = line[line.startIndex..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenCharacter) else {
            throw RequestRejection(.badRequest, "a header name is empty or holds a character a token may not")
        }
        var value = line[(colon + 1)...]
        while let first = value.first, first == 32 || first == 9 { value = value.dropFirst() }
        while let last = value.last, last == 32 || last == 9 { value = value.dropLast() }
        guard value.allSatisfy({ $0 >= 32 || $0 == 9 }), !value.contains(127) else {
            throw RequestRejection(.badRequest, "a header value holds a control character")
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// RFC 9112 section 6.3: the body's length; `Transfer-Encoding` is not implemented.
    static func contentLength(_ head: RequestHead) throws(RequestRejection) -> Int {
        let lengths = head.headers.values("Content-Length")
        if head.headers.contains("Transfer-Encoding") {
            guard lengths.isEmpty else {
                throw RequestRejection(.badRequest, "a request may not have both Content-Length and Transfer-Encoding")
            }
            throw RequestRejection(.notImplemented, "Transfer-Encoding is not supported; send Content-Length")
        }
        guard let text = lengths.first else { return 0 }
        guard lengths.count == 1 else { throw RequestRejection(.badRequest, "more than one Content-Length") }
        guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ (48...57).contains($0) }),
            let length = Int(text)
        else {
            throw RequestRejection(.badRequest, "Content-Length must be a decimal number of bytes")
        }
        return length
    }
}
