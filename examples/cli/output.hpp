// Buffered output that notices write errors (closed pipe, full disk).
#pragma once

#include <cerrno>
#include <cstdio>
#include <string>
#include <string_view>

namespace wirecopy_cli {

class output {
public:
    explicit output(std::FILE* out) : out_(out) { buffer_.reserve(capacity); }

    /// Writes serialised JSON lines. False once writing has failed.
    bool write(std::string_view lines) {
        if (lines.size() >= capacity) // written as it is: a copy in the buffer would double a large document
            return flush() && put(lines);
        buffer_.append(lines);
        return buffer_.size() < capacity || flush();
    }

    /// Writes out what is buffered; false on a write error.
    bool flush() {
        put(buffer_);
        buffer_.clear();
        return error_ == 0;
    }

    /// Flushes and closes the stream's buffers; false when any write failed.
    bool finish() {
        flush();
        if (error_ == 0 && std::fflush(out_) != 0)
            error_ = errno ? errno : EIO;
        return error_ == 0;
    }

    bool failed() const { return error_ != 0; }
    int error() const { return error_; }

private:
    bool put(std::string_view bytes) {
        if (error_ == 0 && !bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), out_) != bytes.size())
            error_ = errno ? errno : EIO;
        return error_ == 0;
    }

    static constexpr std::size_t capacity = 1 << 20;
    std::FILE* out_;
    std::string buffer_;
    int error_ = 0;
};

} // namespace wirecopy_cli
