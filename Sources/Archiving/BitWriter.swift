/// Bits written least significant first into bytes, as DEFLATE packs them (RFC 1951 §3.1.1).
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    /// Appends the low `width` bits of `value`, least significant first.
    mutating func write(_ value: UInt32, width: Int) {
        buffer |= UInt64(value) << UInt64(count)
        count += width
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    /// Appends a Huffman code, whose bits go most significant first.
    mutating func write(code: UInt32, length: Int) {
        var reversed: UInt32 = 0
        for bit in 0..<length { reversed |= ((code >> UInt32(bit)) & 1) << UInt32(length - 1 - bit) }
        write(reversed, width: length)
    }

    /// Pads to a byte boundary and returns the bytes.
    mutating func finish() -> [UInt8] {
        if count > 0 { write(0, width: 8 - count) }
        return bytes
    }
}
