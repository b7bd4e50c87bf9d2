/// The gzip file format (RFC 1952) around a DEFLATE stream: what `Content-Encoding: gzip` sends.
public enum Gzip {
    /// `input` compressed, with no file name and no modification time (the same input gives the same bytes).
    public static func compress(_ input: [UInt8]) -> [UInt8] {
        let header: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        let crc = CRC32.checksum(input), size = UInt32(truncatingIfNeeded: input.count)
        func le32(_ value: UInt32) -> [UInt8] {
            [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
        }
        return header + Deflate.compress(input) + le32(crc) + le32(size)
    }
}
