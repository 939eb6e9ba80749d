-- Headless Neovim (0.7+) end-to-end check: start the argmap language server on a corpus file
-- with Neovim's built-in client, introduce an error, write the diagnostics Neovim received.
local out = vim.env.ARGMAP_OUT
local cmd = vim.fn.json_decode(vim.env.ARGMAP_CMD)
local function finish(lines)
  vim.fn.writefile(lines, out)
  vim.cmd('qa!')
end
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.ARGMAP_FILE))
local buf = vim.api.nvim_get_current_buf()
local inited = false
local id = vim.lsp.start_client({ name = 'argmap', cmd = cmd, root_dir = vim.env.ARGMAP_ROOT,
  on_init = function() inited = true end })
vim.lsp.buf_attach_client(buf, id)
if not vim.wait(60000, function() return inited end, 50) then finish({ 'TIMEOUT initialize' }) return end
vim.wait(500)
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
for i, l in ipairs(lines) do
  if l == '    kind: fact' then
    vim.api.nvim_buf_set_lines(buf, i - 1, i, false, { '    kind: factt' })
    break
  end
end
local function found()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.message:find('factt', 1, true) then return true end
  end
  return false
end
if not vim.wait(60000, found, 50) then finish({ 'TIMEOUT diagnostics' }) return end
local res = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(res, string.format('%d:%d:%s:%s', d.lnum, d.col, code, (d.message:gsub('\n', ' | '))))
end
vim.lsp.stop_client(id)
finish(res)
