// Runs jobs on worker threads and hands their results back in the order the jobs were submitted, with a
// bound on the jobs in flight, so that memory follows the work in progress, not the size of the input.
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

    ordered_workers(unsigned threads, std::size_t max_in_flight, sink deliver)
        : max_in_flight_(max_in_flight), deliver_(std::move(deliver)) {
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

    /// Queues `j`; delivers finished results first, and waits while too many jobs are in flight.
    void submit(job j) {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            deliver_ready(lock);
            if (slots_.size() < max_in_flight_)
                break;
            result_ready_.wait(lock, [&] { return slots_.front().done; });
        }
        slots_.push_back({std::move(j), {}, false});
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
        bool done;
    };

    /// Delivers the finished results at the front.
    void deliver_ready(std::unique_lock<std::mutex>& lock) {
        while (!slots_.empty() && slots_.front().done) {
            std::string result = std::move(slots_.front().result);
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

    std::size_t max_in_flight_;
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
