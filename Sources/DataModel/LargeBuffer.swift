#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Uninitialized room for values in a buffer of up to tens of megabytes, filled once.
///
/// A large buffer is mapped from the system directly and, on Linux, asks for transparent huge
/// pages: filling fresh memory otherwise costs one page fault per 4 KB, which dominates loading a
/// large CSV file. Where huge pages are off, the mapping behaves like any other memory; where the
/// mapping fails, the buffer comes from the allocator. The owner deinitializes the values it
/// stored and then calls `free()`.
@usableFromInline
struct LargeBuffer<Element> {
    /// The first element's memory.
    @usableFromInline let base: UnsafeMutablePointer<Element>
    /// The number of elements there is room for.
    let capacity: Int
    private let isMapped: Bool

    /// Buffers smaller than this come from the allocator as usual.
    static var mappedBytes: Int { 1 << 20 }

    /// Room for `capacity` elements.
    init(capacity: Int) {
        self.capacity = capacity
        let bytes = capacity * MemoryLayout<Element>.stride
        if bytes >= Self.mappedBytes,
           let mapped = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
           mapped != UnsafeMutableRawPointer(bitPattern: -1) {
            #if os(Linux)
            _ = madvise(mapped, bytes, MADV_HUGEPAGE)
            #endif
            base = mapped.bindMemory(to: Element.self, capacity: capacity)
            isMapped = true
        } else {
            base = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
            isMapped = false
        }
    }

    /// Advises transparent huge pages for the memory of `capacity` elements from `start`, which
    /// the allocator gave for an array about to be filled (the rows of a large file): its whole
    /// 2 MB pages then fault once each rather than once per 4 KB. Advice only; a no-op where
    /// huge pages are not offered.
    static func adviseHugePages(_ start: UnsafePointer<Element>, capacity: Int) {
        #if os(Linux)
        let hugePage = 2 << 20
        let first = (Int(bitPattern: start) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: start) + capacity * MemoryLayout<Element>.stride) & ~(hugePage - 1)
        guard end > first, let base = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(base, end - first, MADV_HUGEPAGE)
        #endif
    }

    /// Gives the memory back; the elements must be deinitialized already.
    func free() {
        if isMapped {
            munmap(base, capacity * MemoryLayout<Element>.stride)
        } else {
            base.deallocate()
        }
    }
}
