// Replay and mutation driver for fuzz targets in the normal (gcc, CW_FUZZ=OFF) build.
//
// It replaces libFuzzer's main so every LLVMFuzzerTestOneInput also runs as a quick CTest smoke:
//   <target> [-runs=N] [-seed=S] [-max_len=N] [file-or-folder...]
// Every file given (folders recursively) runs once as is, then N deterministic pseudo-random
// mutations of them (bit flips, byte edits, inserts, deletes, splices, PEM-ish tokens). The exit
// code is 0 unless the target crashes; on a crash the offending input is written to
// ./crash-replay-input so it can be replayed with the same binary (or a libFuzzer build).
//
// Plain C++ on purpose: no Qt, so the driver itself cannot hide a target's dependency on a
// QCoreApplication.

#include <algorithm>
#include <array>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

namespace {

using Bytes = std::vector<uint8_t>;

// The input being executed, for the crash handler (which may only use async-signal-safe calls).
const uint8_t *g_currentData = nullptr;
size_t g_currentSize = 0;

void writeCrashInput(int sig)
{
    const char path[] = "crash-replay-input";
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        size_t done = 0;
        while (g_currentData && done < g_currentSize) {
            const ssize_t n = ::write(fd, g_currentData + done, g_currentSize - done);
            if (n <= 0)
                break;
            done += size_t(n);
        }
        ::close(fd);
    }
    const char msg[] = "\n==replay== crash: input saved to ./crash-replay-input\n";
    [[maybe_unused]] const ssize_t ignored = ::write(STDERR_FILENO, msg, sizeof msg - 1);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void installCrashHandlers()
{
    for (int sig : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL})
        std::signal(sig, writeCrashInput);
}

void runOne(const Bytes &input)
{
    // A copy of exactly `size` bytes on the heap so out-of-bounds reads hit the allocator's
    // guard (under ASan) instead of a neighbouring vector's capacity.
    const size_t size = input.size();
    auto *copy = static_cast<uint8_t *>(std::malloc(size ? size : 1));
    if (size)
        std::memcpy(copy, input.data(), size);
    g_currentData = copy;
    g_currentSize = size;
    LLVMFuzzerTestOneInput(copy, size);
    g_currentData = nullptr;
    g_currentSize = 0;
    std::free(copy);
}

// xorshift64*: tiny, deterministic across platforms, good enough to pick mutations.
class Random
{
public:
    explicit Random(uint64_t seed) : m_state(seed ? seed : 0x9E3779B97F4A7C15ull) {}
    uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }
    size_t below(size_t bound) { return bound ? size_t(next() % bound) : 0; }

private:
    uint64_t m_state;
};

// Tokens that steer text parsers (PEM, JSON, kubeconfig, resource IDs) into their deeper paths.
constexpr std::array<std::string_view, 24> kDictionary
    = {"-----BEGIN CERTIFICATE-----\n",
       "-----END CERTIFICATE-----\n",
       "-----BEGIN PRIVATE KEY-----\n",
       "-----END PRIVATE KEY-----\n",
       "-----BEGIN ENCRYPTED PRIVATE KEY-----\n",
       "-----BEGIN RSA PRIVATE KEY-----\n",
       "-----BEGIN EC PRIVATE KEY-----\n",
       "Proc-Type: 4,ENCRYPTED\n",
       "DEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF\n",
       "MII",
       "==",
       "\r\n",
       "{",
       "}",
       "[",
       "]",
       "\"",
       ":",
       "null",
       "/subscriptions/",
       "/resourceGroups/",
       "/providers/",
       "apiVersion: v1\n",
       "\xff\xff\xff\x7f"};

void mutate(Bytes &data, const std::vector<Bytes> &pool, Random &rng, size_t maxLen)
{
    const int steps = 1 + int(rng.below(4));
    for (int step = 0; step < steps; ++step) {
        switch (rng.below(9)) {
        case 0: // flip one bit
            if (!data.empty())
                data[rng.below(data.size())] ^= uint8_t(1u << rng.below(8));
            break;
        case 1: // set one byte to an interesting or random value
            if (!data.empty()) {
                static constexpr uint8_t interesting[] = {0, 1, 0x7f, 0x80, 0xff, '\n', '-', '='};
                data[rng.below(data.size())]
                    = rng.below(2) ? interesting[rng.below(8)] : uint8_t(rng.next());
            }
            break;
        case 2: { // insert random bytes
            const size_t at = rng.below(data.size() + 1);
            const size_t n = 1 + rng.below(16);
            for (size_t i = 0; i < n; ++i)
                data.insert(data.begin() + std::ptrdiff_t(at), uint8_t(rng.next()));
            break;
        }
        case 3: // erase a range
            if (!data.empty()) {
                const size_t at = rng.below(data.size());
                const size_t n = 1 + rng.below(std::min<size_t>(data.size() - at, 64));
                data.erase(data.begin() + std::ptrdiff_t(at),
                           data.begin() + std::ptrdiff_t(at + n));
            }
            break;
        case 4: // truncate
            data.resize(rng.below(data.size() + 1));
            break;
        case 5: { // insert a dictionary token
            const std::string_view token = kDictionary[rng.below(kDictionary.size())];
            const size_t at = rng.below(data.size() + 1);
            data.insert(data.begin() + std::ptrdiff_t(at), token.begin(), token.end());
            break;
        }
        case 6: // duplicate a chunk (repeated blocks, long lines)
            if (!data.empty()) {
                const size_t at = rng.below(data.size());
                const size_t n = 1 + rng.below(std::min<size_t>(data.size() - at, 256));
                const Bytes chunk(data.begin() + std::ptrdiff_t(at),
                                  data.begin() + std::ptrdiff_t(at + n));
                const size_t to = rng.below(data.size() + 1);
                data.insert(data.begin() + std::ptrdiff_t(to), chunk.begin(), chunk.end());
            }
            break;
        case 7: // splice with another corpus input
            if (!pool.empty()) {
                const Bytes &other = pool[rng.below(pool.size())];
                const size_t cut = rng.below(data.size() + 1);
                const size_t from = rng.below(other.size() + 1);
                data.resize(cut);
                data.insert(data.end(), other.begin() + std::ptrdiff_t(from), other.end());
            }
            break;
        default: // swap two bytes
            if (data.size() > 1)
                std::swap(data[rng.below(data.size())], data[rng.below(data.size())]);
            break;
        }
    }
    if (data.size() > maxLen)
        data.resize(maxLen);
}

bool readFile(const std::filesystem::path &path, Bytes &out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

void collectInputs(const std::filesystem::path &path, std::vector<Bytes> &inputs)
{
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path, ec)) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(path, ec))
            if (entry.is_regular_file())
                files.push_back(entry.path());
        std::sort(files.begin(), files.end()); // deterministic order, hence deterministic runs
    } else {
        files.push_back(path);
    }
    for (const auto &file : files) {
        Bytes bytes;
        if (readFile(file, bytes))
            inputs.push_back(std::move(bytes));
        else
            std::fprintf(stderr, "==replay== cannot read %s\n", file.c_str());
    }
}

bool parseFlag(std::string_view arg, std::string_view name, unsigned long long &value)
{
    if (arg.substr(0, name.size()) != name)
        return false;
    value = std::strtoull(std::string(arg.substr(name.size())).c_str(), nullptr, 10);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    unsigned long long runs = 20000, seed = 1, maxLen = 0;
    std::vector<Bytes> corpus;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (parseFlag(arg, "-runs=", runs) || parseFlag(arg, "-seed=", seed)
            || parseFlag(arg, "-max_len=", maxLen))
            continue;
        if (arg.substr(0, 1) == "-") {
            std::fprintf(stderr, "==replay== ignoring unknown option %s\n", argv[i]);
            continue;
        }
        collectInputs(argv[i], corpus);
    }
    if (maxLen == 0) {
        maxLen = 4096;
        for (const Bytes &input : corpus)
            maxLen = std::max<unsigned long long>(maxLen, input.size() + 1024);
    }

    installCrashHandlers();
    for (const Bytes &input : corpus)
        runOne(input);
    runOne({}); // the empty input is always worth one run

    Random rng(seed);
    for (unsigned long long run = 0; run < runs; ++run) {
        Bytes data = corpus.empty() ? Bytes{} : corpus[rng.below(corpus.size())];
        mutate(data, corpus, rng, size_t(maxLen));
        runOne(data);
    }
    std::printf("==replay== %zu corpus inputs, %llu mutations, no crash\n", corpus.size(), runs);
    return 0;
}
