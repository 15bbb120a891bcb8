// SourceFile: reading files and mapping byte offsets to lines, lazily.
#include "common/source_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace coil {

SourceFile::SourceFile(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {}

std::optional<SourceFile> SourceFile::read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buf;
    buf << in.rdbuf();
    return SourceFile(path, buf.str());
}

// Python ends lines at \n, \r\n and a lone \r.
void SourceFile::index_lines() const {
    if (!line_starts_.empty()) return;
    line_starts_.push_back(0);
    const uint32_t n = size();
    for (uint32_t i = 0; i < n; ++i) {
        char c = text_[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= n || text_[i + 1] != '\n')))
            line_starts_.push_back(i + 1);
    }
}

LineColumn SourceFile::locate(uint32_t offset) const {
    index_lines();
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
    return {line, offset - line_starts_[line - 1]};
}

uint32_t SourceFile::line_count() const {
    index_lines();
    return static_cast<uint32_t>(line_starts_.size());
}

uint32_t SourceFile::line_start(uint32_t line) const {
    index_lines();
    if (line == 0) return 0;
    if (line > line_starts_.size()) return size();
    return line_starts_[line - 1];
}

std::string_view SourceFile::line_text(uint32_t line) const {
    index_lines();
    if (line == 0 || line > line_starts_.size()) return {};
    uint32_t b = line_starts_[line - 1];
    uint32_t e = line < line_starts_.size() ? line_starts_[line] : size();
    while (e > b && (text_[e - 1] == '\n' || text_[e - 1] == '\r')) --e;
    return {text_.data() + b, e - b};
}

} // namespace coil
