// Reads lines of any length from a FILE* in large blocks.
#pragma once

#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>

namespace wirecopy_cli {

class line_reader {
public:
    // The buffer is left uninitialised: zeroing it would touch every page of it before the first read, a
    // cost larger than the rest of the start-up of a process that reads little.
    explicit line_reader(std::FILE* in) : in_(in), buffer_(new char[1 << 20]), size_(1 << 20) {}

    /// The next line without its line break; the view lives until the next call. False at the end.
    bool next(std::string_view& line) {
        for (;;) {
            const char* start = buffer_.get() + begin_;
            if (const void* nl = std::memchr(start, '\n', end_ - begin_)) {
                const auto length = static_cast<std::size_t>(static_cast<const char*>(nl) - start);
                line = std::string_view(start, length);
                begin_ += length + 1;
                return true;
            }
            if (eof_) {
                if (begin_ == end_)
                    return false;
                line = std::string_view(start, end_ - begin_); // a last line without a break
                begin_ = end_;
                return true;
            }
            fill();
        }
    }

    bool failed() const { return failed_; }

private:
    void fill() {
        // Move the partial line to the front; grow when one line fills the buffer.
        std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
        if (end_ == size_) {
            std::unique_ptr<char[]> larger(new char[2 * size_]);
            std::memcpy(larger.get(), buffer_.get(), end_);
            buffer_ = std::move(larger);
            size_ *= 2;
        }
        const std::size_t got = std::fread(buffer_.get() + end_, 1, size_ - end_, in_);
        end_ += got;
        if (got == 0) {
            eof_ = true;
            failed_ = std::ferror(in_) != 0;
        }
    }

    std::FILE* in_;
    std::unique_ptr<char[]> buffer_;
    std::size_t size_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    bool eof_ = false;
    bool failed_ = false;
};

} // namespace wirecopy_cli
