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
        buffer_.append(lines);
        return buffer_.size() < capacity || flush();
    }

    /// Writes out what is buffered; false on a write error.
    bool flush() {
        if (error_ == 0 && !buffer_.empty()
            && std::fwrite(buffer_.data(), 1, buffer_.size(), out_) != buffer_.size())
            error_ = errno ? errno : EIO;
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
    static constexpr std::size_t capacity = 1 << 20;
    std::FILE* out_;
    std::string buffer_;
    int error_ = 0;
};

} // namespace wirecopy_cli
