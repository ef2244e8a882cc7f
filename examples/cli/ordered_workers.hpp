// Runs jobs on worker threads and hands their results back in the order the jobs were submitted, with a
// bound on the jobs in flight and on the bytes of input they hold, so that memory follows the work in
// progress, not the size of the input nor of its records: a count alone let five records of 20 MB all be in
// flight at once.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace wirecopy_cli {

class ordered_workers {
public:
    using job = std::function<std::string()>;
    /// Receives each result, in submission order, on the submitting thread; false stops delivery.
    using sink = std::function<bool(const std::string&)>;

    /// At most `max_jobs` jobs in flight, holding at most `max_bytes` of input between them unless one job
    /// holds more on its own (it then runs alone).
    ordered_workers(unsigned threads, std::size_t max_jobs, std::size_t max_bytes, sink deliver)
        : max_jobs_(max_jobs), max_bytes_(max_bytes), deliver_(std::move(deliver)) {
        for (unsigned i = 0; i < threads; ++i)
            threads_.emplace_back([this] { work(); });
    }

    ordered_workers(const ordered_workers&) = delete;
    ordered_workers& operator=(const ordered_workers&) = delete;

    ~ordered_workers() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        work_ready_.notify_all();
        for (auto& t : threads_)
            t.join();
    }

    /// Delivers finished results, and waits until a job holding `bytes` of input would have room in flight.
    void wait_for_room(std::size_t bytes) {
        std::unique_lock<std::mutex> lock(mutex_);
        wait_for_room(lock, bytes);
    }

    /// Queues `j`, which holds `bytes` of input, once it has room (see `wait_for_room`).
    void submit(job j, std::size_t bytes) {
        std::unique_lock<std::mutex> lock(mutex_);
        wait_for_room(lock, bytes);
        slots_.push_back({std::move(j), {}, bytes, false});
        bytes_in_flight_ += bytes;
        work_ready_.notify_one();
    }

    /// Waits for every job and delivers the remaining results.
    void finish() {
        std::unique_lock<std::mutex> lock(mutex_);
        while (!slots_.empty()) {
            result_ready_.wait(lock, [&] { return slots_.front().done; });
            deliver_ready(lock);
        }
    }

private:
    struct slot {
        job work;
        std::string result;
        std::size_t bytes;
        bool done;
    };

    void wait_for_room(std::unique_lock<std::mutex>& lock, std::size_t bytes) {
        for (;;) {
            deliver_ready(lock);
            if (slots_.empty() || (slots_.size() < max_jobs_ && bytes_in_flight_ + bytes <= max_bytes_))
                return;
            result_ready_.wait(lock, [&] { return slots_.front().done; });
        }
    }

    /// Delivers the finished results at the front.
    void deliver_ready(std::unique_lock<std::mutex>& lock) {
        while (!slots_.empty() && slots_.front().done) {
            std::string result = std::move(slots_.front().result);
            bytes_in_flight_ -= slots_.front().bytes;
            slots_.pop_front();
            ++delivered_;
            lock.unlock();
            if (!failed_ && !deliver_(result))
                failed_ = true;
            lock.lock();
        }
    }

    void work() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            work_ready_.wait(lock, [&] { return stopping_ || next_ - delivered_ < slots_.size(); });
            if (next_ - delivered_ >= slots_.size())
                return; // stopping, nothing left
            // A deque keeps references to its elements through push_back and pop_front of others, and
            // this slot is not removed before it is done: the reference stays valid unlocked.
            slot& s = slots_[next_++ - delivered_];
            job j = std::move(s.work);
            lock.unlock();
            std::string result = j();
            lock.lock();
            s.result = std::move(result);
            s.done = true;
            result_ready_.notify_all();
        }
    }

    std::size_t max_jobs_, max_bytes_;
    std::size_t bytes_in_flight_ = 0;
    sink deliver_;
    std::mutex mutex_;
    std::condition_variable work_ready_, result_ready_;
    std::deque<slot> slots_;
    std::size_t next_ = 0;      ///< jobs taken by workers, counted from the start
    std::size_t delivered_ = 0; ///< results delivered, counted from the start
    bool stopping_ = false;
    bool failed_ = false;
    std::vector<std::thread> threads_;
};

} // namespace wirecopy_cli
