// A progress line on standard error — stories, rate, and an ETA when the total is known — shown only when
// standard error is a terminal and the run has lasted a while.
#pragma once

#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace wirecopy_cli {

class progress {
public:
    /// `total_bytes` 0: unknown (no ETA).
    explicit progress(std::size_t total_bytes) : total_(total_bytes), enabled_(isatty(STDERR_FILENO) == 1) {}

    ~progress() {
        if (shown_)
            std::fputs("\r\x1b[K", stderr); // clear the line
    }

    void add(std::size_t stories, std::size_t bytes) {
        stories_ += stories;
        bytes_ += bytes;
        if (!enabled_)
            return;
        const auto now = clock::now();
        const double elapsed = std::chrono::duration<double>(now - start_).count();
        if (elapsed < 1.0 || std::chrono::duration<double>(now - last_).count() < 0.2)
            return; // short runs stay quiet
        last_ = now;
        shown_ = true;
        const double rate = bytes_ / elapsed;
        std::fprintf(stderr, "\r\x1b[K%zu stories  %.1f MB/s", stories_, rate / 1e6);
        if (total_ > bytes_ && rate > 0) {
            const auto left = static_cast<long>((total_ - bytes_) / rate);
            std::fprintf(stderr, "  %.0f %%  ETA %ld:%02ld", 100.0 * bytes_ / total_, left / 60, left % 60);
        }
        std::fflush(stderr);
    }

private:
    using clock = std::chrono::steady_clock;
    std::size_t total_;
    bool enabled_;
    bool shown_ = false;
    std::size_t stories_ = 0, bytes_ = 0;
    clock::time_point start_ = clock::now(), last_ = start_;
};

} // namespace wirecopy_cli
