-- testdraft for Neovim's built-in LSP client.
--
--   require("testdraft").setup({ python = { "/path/to/venv/bin/python" } })
--
-- On Neovim 0.11+ this uses vim.lsp.config + vim.lsp.enable; on 0.8-0.10 it starts the
-- client from a FileType autocommand with vim.lsp.start. See editors/nvim/README.md.
local M = {}

M.filetypes = { "python", "javascriptreact", "typescriptreact" }
M.root_markers = { "pyproject.toml", "setup.cfg", "setup.py", "pytest.ini", "tox.ini", ".git" }

-- The server's settings (the same object VS Code sends): camelCase, below `testdraft`.
M.default_settings = {
  model = {
    path = vim.NIL,
    adapters = {},
    loraScale = 1.0,
    temperature = 0.2, -- no implementation yet (TDD): the candidates vote
    validatedTemperature = 0.8, -- the function exists: candidates are run, only what holds is kept
    topP = 0.95,
    candidates = 4,
    maxNewTokens = 256,
    fewShot = 0, -- verified training pairs shown as worked examples
    implementationDrafts = 2, -- TDD: bodies the model drafts to run its tests on
    systemPrompt = vim.NIL,
    device = "auto",
    quantize = "auto", -- int8 weights on the CPU; "none", "int8" or "int4"
    backend = "local",
  },
  validation = { enabled = true, mutation = true },
  ui = { framework = "playwright", generator = "mapper", baseUrl = "" }, -- baseUrl: a running dev server for UI tests
  generators = { "docstring", "model" },
}

-- Latest `testdraft/status` from the server, for statuslines.
M.status = { model = "disabled", message = "server not running" }

local has_011 = vim.fn.has("nvim-0.11") == 1

--- The Python that runs the server: opts.python, else the active virtualenv, else python3.
---@param python string[]|string|nil
---@return string[]
function M.python(python)
  if type(python) == "string" then
    return { python }
  end
  if type(python) == "table" and #python > 0 then
    return vim.deepcopy(python)
  end
  local venv = vim.env.VIRTUAL_ENV
  if venv and venv ~= "" and vim.fn.executable(venv .. "/bin/python") == 1 then
    return { venv .. "/bin/python" }
  end
  return { "python3" }
end

--- `<python> -m testdraft serve`
---@return string[]
function M.cmd(python)
  local cmd = M.python(python)
  vim.list_extend(cmd, { "-m", "testdraft", "serve" })
  return cmd
end

-- Lists replace rather than merge (tbl_deep_extend would merge them index by index).
local function merge_settings(overrides)
  local merged = vim.tbl_deep_extend("force", vim.deepcopy(M.default_settings), overrides or {})
  for _, key in ipairs({ "generators" }) do
    if overrides and overrides[key] then
      merged[key] = vim.deepcopy(overrides[key])
    end
  end
  if overrides and overrides.model and overrides.model.adapters then
    merged.model.adapters = vim.deepcopy(overrides.model.adapters)
  end
  return merged
end

local function on_status(_, params)
  if type(params) == "table" and type(params.model) == "string" then
    M.status = { model = params.model, message = params.message or "" }
    vim.api.nvim_exec_autocmds("User", { pattern = "TestdraftStatus", modeline = false })
  end
end

-- Neovim (0.11 included) skips creating a file, and its folder, when CreateFile says
-- ignoreIfExists; the buffer then cannot be written (E212) if tests/ does not exist yet.
local function on_apply_edit(err, params, ctx, config)
  local changes = type(params) == "table" and params.edit and params.edit.documentChanges or {}
  for _, change in ipairs(changes) do
    if change.kind == "create" then
      vim.fn.mkdir(vim.fs.dirname(vim.uri_to_fname(change.uri)), "p")
    end
  end
  return vim.lsp.handlers["workspace/applyEdit"](err, params, ctx, config)
end

--- "testdraft ready" etc., for a statusline: `%{v:lua.require'testdraft'.statusline()}`.
function M.statusline()
  return "testdraft " .. M.status.model
end

--- The client configuration (usable with vim.lsp.config or vim.lsp.start).
---@param opts? {python?: string[]|string, settings?: table, cmd_env?: table, flags?: table}
function M.config(opts)
  opts = opts or {}
  local settings = merge_settings(opts.settings)
  return {
    name = "testdraft",
    cmd = M.cmd(opts.python),
    cmd_env = opts.cmd_env,
    flags = opts.flags,
    filetypes = M.filetypes,
    root_markers = M.root_markers,
    init_options = settings,
    -- Sent in workspace/didChangeConfiguration after initialize, and on request.
    settings = { testdraft = settings },
    handlers = { ["testdraft/status"] = on_status, ["workspace/applyEdit"] = on_apply_edit },
  }
end

local function request(client, method, params, handler, bufnr)
  if has_011 then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

-- One input line, `;` between steps; the server reads numbered steps and "Expected result:"
-- bullets (a segment starting with "expected" is one).
local function steps_from_input(text)
  local steps, expected = {}, {}
  for segment in text:gmatch("[^;]+") do
    segment = vim.trim(segment)
    local lower = segment:lower()
    if lower:match("^expected") then
      local rest = vim.trim((segment:gsub("^[Ee]xpected[%w ]-:%s*", ""):gsub("^[Ee]xpected%s*", "")))
      if rest ~= "" then
        table.insert(expected, "- " .. rest)
      end
    elseif segment ~= "" then
      table.insert(steps, (#steps + 1) .. ". " .. segment)
    end
  end
  if #expected > 0 then
    table.insert(steps, "Expected result:")
    vim.list_extend(steps, expected)
  end
  return table.concat(steps, "\n")
end

--- Runs a server command; when a UI test needs manual steps, asks for them and retries.
local function execute(client, command, arguments, bufnr, on_done)
  request(client, "workspace/executeCommand", { command = command, arguments = arguments }, function(err, result)
    if err then
      vim.notify("testdraft: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    elseif type(result) == "table" and result.status == "needs_steps" then
      vim.ui.input({ prompt = "Test steps (separate with ;, 'expected: ...' for results): " }, function(input)
        local steps = input and steps_from_input(input) or ""
        if steps ~= "" then
          local retry = vim.deepcopy(arguments)
          retry[1].steps = steps
          execute(client, command, retry, bufnr, on_done)
        end
      end)
      return
    end
    if on_done then
      on_done(err, result)
    end
  end, bufnr)
end

local function show_lines(title, lines)
  vim.cmd("botright new")
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].buftype = "nofile"
  vim.bo[buf].bufhidden = "wipe"
  vim.bo[buf].filetype = "markdown"
  vim.api.nvim_buf_set_name(buf, title)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
end

local function client_for(bufnr)
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  return get({ bufnr = bufnr, name = "testdraft" })[1]
end

local function survivor_lines(result)
  local lines = { "# Surviving mutants", "" }
  if type(result) == "table" and type(result.text) == "string" and result.text ~= "" then
    vim.list_extend(lines, vim.split(result.text, "\n"))
    return lines
  end
  local survivors = type(result) == "table" and (result.survivors or result) or {}
  for _, survivor in ipairs(survivors) do
    table.insert(lines, "- " .. tostring(survivor))
  end
  if #lines == 2 then
    table.insert(lines, "No surviving mutant reported (none survived, or mutation testing is off).")
  end
  return lines
end

local function test_result_lines(result)
  result = type(result) == "table" and result or {}
  local lines = { "# " .. tostring(result.id or "Test result"), "", "**" .. tostring(result.status or "unknown") .. "**" }
  if type(result.message) == "string" and result.message ~= "" then
    table.insert(lines, "")
    vim.list_extend(lines, vim.split(result.message, "\n"))
  end
  return lines
end

local readable_results = {
  ["testdraft.showSurvivors"] = survivor_lines,
  ["testdraft.showTestResult"] = test_result_lines,
}

-- Client-side handlers for commands coming from code actions and code lenses.
local function register_client_commands()
  vim.lsp.commands["testdraft.generateUiTest"] = function(command, ctx)
    local client = vim.lsp.get_client_by_id(ctx.client_id)
    if client then
      execute(client, command.command, command.arguments or {}, ctx.bufnr)
    end
  end
  -- Code lenses run these; their answers are meant to be read, so show them.
  for name, render in pairs(readable_results) do
    vim.lsp.commands[name] = function(command, ctx)
      local client = vim.lsp.get_client_by_id(ctx.client_id)
      if client then
        execute(client, command.command, command.arguments or {}, ctx.bufnr, function(err, result)
          if not err then
            show_lines("testdraft://" .. name, render(result))
          end
        end)
      end
    end
  end
  vim.lsp.commands["testdraft.showDetails"] = function(command)
    local details = (command.arguments or {})[1]
    local text = type(details) == "string" and details or vim.inspect(details)
    show_lines("testdraft://details", vim.split(text, "\n"))
  end
end

local function at_cursor(client, bufnr)
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  return { { uri = params.textDocument.uri, position = params.position } }
end

local function user_command(name, run, desc)
  vim.api.nvim_create_user_command(name, function()
    local bufnr = vim.api.nvim_get_current_buf()
    local client = client_for(bufnr)
    if not client then
      vim.notify("testdraft: no server attached to this buffer", vim.log.levels.WARN)
      return
    end
    run(client, bufnr)
  end, { desc = desc })
end

local function register_user_commands()
  user_command("TestdraftSuggest", function(client, bufnr)
    execute(client, "testdraft.suggestTests", at_cursor(client, bufnr), bufnr)
  end, "Suggest tests for the function at the cursor")
  user_command("TestdraftUiTest", function(client, bufnr)
    execute(client, "testdraft.generateUiTest", at_cursor(client, bufnr), bufnr)
  end, "Generate a UI test for the component at the cursor")
  user_command("TestdraftRevalidate", function(client, bufnr)
    execute(client, "testdraft.revalidate", { { uri = vim.uri_from_bufnr(bufnr) } }, bufnr)
  end, "Re-validate the tests in this file")
  user_command("TestdraftSurvivors", function(client, bufnr)
    execute(client, "testdraft.showSurvivors", { { uri = vim.uri_from_bufnr(bufnr) } }, bufnr, function(err, result)
      if not err then
        show_lines("testdraft://survivors", survivor_lines(result))
      end
    end)
  end, "Show the mutants that no test kills")
  user_command("TestdraftModelInfo", function(client, bufnr)
    execute(client, "testdraft.modelInfo", {}, bufnr, function(err, result)
      if not err then
        show_lines("testdraft://model", vim.split(vim.inspect(result), "\n"))
      end
    end)
  end, "Show the model the server uses")
  user_command("TestdraftRestart", function(client)
    client:stop()
    vim.defer_fn(function()
      vim.cmd("edit")
    end, 500)
  end, "Restart the testdraft server")
end

--- Registers the client-side command handlers and the :Testdraft* user commands.
function M.register_commands()
  register_client_commands()
  register_user_commands()
end

M._steps_from_input = steps_from_input -- for tests

--- Configures and enables the client.
---@param opts? {python?: string[]|string, settings?: table, cmd_env?: table, flags?: table, legacy?: boolean}
function M.setup(opts)
  opts = opts or {}
  M.register_commands()
  local config = M.config(opts)
  if has_011 and not opts.legacy then
    vim.lsp.config("testdraft", config)
    vim.lsp.enable("testdraft")
    return
  end
  -- Neovim 0.8-0.10: start (or reuse) a client per project root.
  vim.api.nvim_create_autocmd("FileType", {
    group = vim.api.nvim_create_augroup("testdraft", { clear = true }),
    pattern = M.filetypes,
    callback = function(args)
      local path = vim.api.nvim_buf_get_name(args.buf)
      local marker = vim.fs.find(M.root_markers, { upward = true, path = vim.fs.dirname(path) })[1]
      local start_config = vim.deepcopy(config)
      start_config.root_dir = marker and vim.fs.dirname(marker) or vim.fs.dirname(path)
      vim.lsp.start(start_config, { bufnr = args.buf })
    end,
  })
end

return M
