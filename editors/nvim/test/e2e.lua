-- Headless end-to-end test: Neovim + the real testdraft server.
--   nvim --headless --clean -l editors/nvim/test/e2e.lua REPO PROJECT PYTHON RESULT.json [legacy]
-- Opens PROJECT/calc.py, lists and applies the "Suggest tests" code actions for `add` and
-- `mul`, saves the test file, opens it and waits (up to 60 s) for diagnostics on the mul
-- tests. Writes what it saw to RESULT.json; tests/clients/test_neovim_e2e.py checks it.
local repo, project, python, result_path, mode = unpack(arg)
local legacy = mode == "legacy"
local result = { version = tostring(vim.version()), api = legacy and "vim.lsp.start" or "vim.lsp.enable", steps = {} }

local function save_and_quit(code)
  local file = assert(io.open(result_path, "w"))
  file:write(vim.json.encode(result))
  file:close()
  vim.cmd((code == 0 and "qall!" or "cquit! " .. code))
end

local function step(name)
  table.insert(result.steps, name)
end

local function wait_for(what, condition, timeout_ms)
  if not vim.wait(timeout_ms or 120000, condition, 100) then
    error("timed out waiting for " .. what)
  end
end

local function buffer_text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
end

local function test_buffer()
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    local name = vim.api.nvim_buf_get_name(buf)
    if vim.api.nvim_buf_is_loaded(buf) and name:match("test_[%w_]*%.py$") then
      return buf
    end
  end
end

local function apply_action(title)
  -- The user's path: the same function `gra` / :lua vim.lsp.buf.code_action() runs.
  vim.lsp.buf.code_action({
    apply = true,
    filter = function(action)
      return action.title == title
    end,
  })
end

local function function_at(lines, lnum)
  for i = lnum + 1, 1, -1 do
    local name = (lines[i] or ""):match("^def (test_[%w_]*)")
    if name then
      return name
    end
  end
  return ""
end

local function run()
  vim.opt.runtimepath:prepend(repo .. "/editors/nvim")
  if vim.env.TESTDRAFT_NVIM_LSP_DEBUG then
    vim.lsp.set_log_level("debug")
  end
  vim.cmd("filetype on")
  require("testdraft").setup({
    python = { python },
    cmd_env = { PYTHONPATH = repo .. "/server" },
    -- Send each change at once: this script acts faster than the 150 ms default debounce, and
    -- the second code action must see the first one's edit.
    flags = { debounce_text_changes = 0 },
    settings = { generators = { "docstring" }, validation = { enabled = true, mutation = false } },
    legacy = legacy,
  })

  vim.cmd.edit(project .. "/calc.py")
  local source = vim.api.nvim_get_current_buf()
  local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients
  wait_for("the client to attach", function()
    local client = get_clients({ bufnr = source, name = "testdraft" })[1]
    return client ~= nil and client.initialized == true
  end, 60000)
  step("attached")

  -- List the code actions at `def add`.
  vim.fn.search("^def add")
  vim.cmd("normal! j")
  local client = get_clients({ bufnr = source, name = "testdraft" })[1]
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = {} }
  local responses = vim.lsp.buf_request_sync(source, "textDocument/codeAction", params, 30000) or {}
  result.titles = {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.titles, action.title)
    end
  end
  step("listed")

  apply_action("Suggest tests for `add`")
  wait_for("tests for add", function()
    local buf = test_buffer()
    return buf ~= nil and buffer_text(buf):match("def test_[%w_]*add") ~= nil
  end)
  vim.cmd("silent wall")
  local test_buf = test_buffer()
  result.test_file = vim.api.nvim_buf_get_name(test_buf)
  result.after_add = buffer_text(test_buf)
  step("applied add")

  vim.api.nvim_set_current_buf(source)
  vim.fn.cursor(1, 1)
  vim.fn.search("^def mul")
  vim.cmd("normal! j")
  apply_action("Suggest tests for `mul`")
  wait_for("tests for mul", function()
    return buffer_text(test_buf):match("def test_[%w_]*mul") ~= nil
  end)
  vim.cmd("silent wall")
  result.after_mul = buffer_text(test_buf)
  step("applied mul")

  -- Open the test file as a user would; the server validates it and reports on the mul tests.
  vim.cmd.edit(result.test_file)
  local lines = vim.api.nvim_buf_get_lines(test_buf, 0, -1, false)
  local flagged = pcall(wait_for, "diagnostics on the mul tests", function()
    for _, diagnostic in ipairs(vim.diagnostic.get(test_buf)) do
      if function_at(lines, diagnostic.lnum):match("mul") then
        return true
      end
    end
    return false
  end, 60000)
  result.diagnostics_arrived = flagged
  result.diagnostics = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(test_buf)) do
    table.insert(result.diagnostics, {
      lnum = diagnostic.lnum,
      severity = diagnostic.severity,
      message = diagnostic.message,
      test = function_at(lines, diagnostic.lnum),
    })
  end

  -- Code lenses: one per test; running the mul test's lens shows its result.
  vim.lsp.codelens.refresh({ bufnr = test_buf })
  local mul_lens
  pcall(wait_for, "code lenses", function()
    for _, lens in ipairs(vim.lsp.codelens.get(test_buf)) do
      if lens.command and function_at(lines, lens.range.start.line):match("mul") then
        mul_lens = lens
        return true
      end
    end
    return false
  end, 30000)
  result.lens_titles = {}
  for _, lens in ipairs(vim.lsp.codelens.get(test_buf)) do
    table.insert(result.lens_titles, lens.command and lens.command.title or "")
  end
  if mul_lens then
    vim.api.nvim_set_current_buf(test_buf)
    vim.api.nvim_win_set_cursor(0, { mul_lens.range.start.line + 1, 0 })
    vim.lsp.codelens.run()
    local shown = "testdraft://" .. mul_lens.command.command
    pcall(wait_for, "the lens's result", function()
      return vim.fn.bufexists(shown) == 1
    end, 30000)
    if vim.fn.bufexists(shown) == 1 then
      result.lens_result = buffer_text(vim.fn.bufnr(shown))
    end
  end
  result.status = require("testdraft").status
  step("diagnostics")
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  result.error = tostring(err)
  result.lsp_log = vim.lsp.get_log_path and vim.lsp.get_log_path() or nil
end
save_and_quit(ok and 0 or 1)
