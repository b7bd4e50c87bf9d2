/// Writes a ZIP archive (PKWARE APPNOTE 6.3) of files stored without compression: local headers, the central
/// directory and its end record; names in UTF-8 (flag bit 11). No ZIP64: an archive over 4 GiB or 65,535 files is
/// refused.
public struct ZipWriter: Sendable {
    /// One file of the archive.
    public struct Entry: Sendable {
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// Why an archive cannot be written.
    public enum Failure: Error, Equatable {
        case tooLarge
    }

    /// The date and time stamped on every file, in MS-DOS form (1980 to 2107).
    public var modified: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)

    /// A writer stamping files with `modified`.
    public init(modified: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)) {
        self.modified = modified
    }

    /// The archive of `entries`, in their order.
    public func archive(_ entries: [Entry]) throws(Failure) -> [UInt8] {
        guard entries.count < 0xFFFF else { throw .tooLarge }
        var output: [UInt8] = [], directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            guard entry.bytes.count < 0xFFFF_FFFF, output.count < 0xFFFF_FFFF, name.count < 0xFFFF else {
                throw .tooLarge
            }
            let crc = CRC32.checksum(entry.bytes), offset = UInt32(output.count), size = UInt32(entry.bytes.count)
            let common =
                Self.le16(20) + Self.le16(0x0800) + Self.le16(0) + dosTime + Self.le32(crc)
                + Self.le32(size) + Self.le32(size) + Self.le16(UInt16(name.count)) + Self.le16(0)
            output += Self.le32(0x0403_4B50) + common + name + entry.bytes
            directory +=
                Self.le32(0x0201_4B50) + Self.le16(0x031E) + common + Self.le16(0) + Self.le16(0)
                + Self.le16(0) + Self.le32(0o100644 << 16) + Self.le32(offset) + name
        }
        guard output.count + directory.count < 0xFFFF_FFFF else { throw .tooLarge }
        let count = Self.le16(UInt16(entries.count))
        return output + directory + Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0) + count + count
            + Self.le32(UInt32(directory.count)) + Self.le32(UInt32(output.count)) + Self.le16(0)
    }

    /// Time and date in MS-DOS form: two-second steps, years from 1980.
    private var dosTime: [UInt8] {
        let year = min(max(modified.year, 1980), 2107) - 1980
        let time = UInt16(modified.hour << 11 | modified.minute << 5 | modified.second / 2)
        let date = UInt16(year << 9 | modified.month << 5 | modified.day)
        return Self.le16(time) + Self.le16(date)
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }

    private static func le32(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}
