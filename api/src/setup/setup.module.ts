import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { SetupController } from './setup.controller.js';
import { SetupService } from './setup.service.js';

/** The first-run page's API: creates the first 系统管理员 from the one-time link in the server log. */
@Module({
  imports: [UsersModule],
  controllers: [SetupController],
  providers: [SetupService],
  exports: [SetupService],
})
export class SetupModule {}
