// Buffered JSON Lines output that notices write errors (closed pipe, full disk).
#pragma once

#include <boost/json.hpp>

#include <cerrno>
#include <cstdio>
#include <string>

namespace wirecopy_cli {

class output {
public:
    explicit output(std::FILE* out) : out_(out) { buffer_.reserve(capacity); }

    /// Serialises `value` (a json::value or json::object) and a line break. False once writing has failed.
    template <class Json>
    bool write_line(const Json& value) {
        serializer_.reset(&value);
        char chunk[8192];
        while (!serializer_.done())
            buffer_.append(serializer_.read(chunk));
        buffer_.push_back('\n');
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
    boost::json::serializer serializer_;
    int error_ = 0;
};

} // namespace wirecopy_cli
