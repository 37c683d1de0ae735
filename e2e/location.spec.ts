import { expect, test } from './fixtures.ts';

test.describe('where-am-I card in the calling-119 guide', () => {
  test('shows the phone’s position large, with what to say (zh)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      geolocation: { latitude: 31.4806, longitude: 92.0517, accuracy: 12 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}/zh/guides/calling-119/`);
    await page.getByRole('button', { name: '显示我的位置' }).click();
    await expect(page.getByTestId('latitude')).toHaveText('31.48060');
    await expect(page.getByTestId('longitude')).toHaveText('92.05170');
    await expect(page.locator('.coordinates')).toContainText('北纬');
    await expect(page.locator('.coordinates')).toContainText('误差约 15 米');
    await context.close();
  });

  test('shows the position in Tibetan too', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      geolocation: { latitude: 29.65249, longitude: 91.17211 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}/bo/guides/calling-119/`);
    await page.getByRole('button', { name: 'ངའི་གནས་ས་སྟོན' }).click();
    await expect(page.getByTestId('latitude')).toHaveText('29.65249');
    await expect(page.locator('.coordinates')).toContainText('ཞེང་ཐིག');
    await context.close();
  });

  test('says clearly what to do when location is refused', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: [] });
    const page = await context.newPage();
    await page.goto(`${baseURL}/zh/guides/calling-119/`);
    await page.getByRole('button', { name: '显示我的位置' }).click();
    await expect(page.getByRole('alert')).toContainText('没有允许定位');
    await context.close();
  });
});
